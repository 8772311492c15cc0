package io.iocr.alfresco;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.NamespaceService;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /iocr/recognition/{store_type}/{store_id}/{id}}: the recognition of a document, as
 * docs/recognition-api.md specifies. 404 when the node does not exist, 403 without Read.
 */
public class RecognitionGetWebScript extends AbstractWebScript {

    private NodeService nodeService;
    private PermissionService permissionService;
    private DictionaryService dictionaryService;
    private NamespaceService namespaceService;
    private final ObjectMapper json = new ObjectMapper();

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setPermissionService(PermissionService permissionService) {
        this.permissionService = permissionService;
    }

    public void setDictionaryService(DictionaryService dictionaryService) {
        this.dictionaryService = dictionaryService;
    }

    public void setNamespaceService(NamespaceService namespaceService) {
        this.namespaceService = namespaceService;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        NodeRef node = readableNode(req, nodeService, permissionService);
        boolean canRerun = permissionService.hasPermission(node, PermissionService.WRITE) == AccessStatus.ALLOWED;
        WebScriptSupport.writeJson(res, Status.STATUS_OK,
                new RecognitionView(nodeService, dictionaryService, namespaceService, json).build(node, canRerun), json);
    }

    /** The node of the URL, checked to exist (404) and to be readable by the caller (403). */
    static NodeRef readableNode(WebScriptRequest req, NodeService nodeService,
            PermissionService permissionService) {
        NodeRef node = WebScriptSupport.nodeRef(req);
        if (!nodeService.exists(node)) {
            throw new WebScriptException(Status.STATUS_NOT_FOUND, "No document " + node);
        }
        if (permissionService.hasPermission(node, PermissionService.READ) != AccessStatus.ALLOWED) {
            throw new WebScriptException(Status.STATUS_FORBIDDEN, "You may not read " + node);
        }
        return node;
    }
}
