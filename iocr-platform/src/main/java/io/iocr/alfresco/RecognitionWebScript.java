package io.iocr.alfresco;

import java.util.Map;

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

/**
 * What the web scripts about one document's recognition share: the node of the URL, checked to exist and to be
 * readable by the caller, and its recognition as docs/recognition-api.md specifies.
 */
public abstract class RecognitionWebScript extends AbstractWebScript {

    protected NodeService nodeService;
    protected PermissionService permissionService;
    protected DictionaryService dictionaryService;
    protected NamespaceService namespaceService;
    protected final ObjectMapper json = new ObjectMapper();

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

    /** The node of the URL, checked to exist (404) and to be readable by the caller (403). */
    protected NodeRef readableNode(WebScriptRequest req) {
        NodeRef node = WebScriptSupport.nodeRef(req);
        if (!nodeService.exists(node)) {
            throw new WebScriptException(Status.STATUS_NOT_FOUND, "No document " + node);
        }
        if (permissionService.hasPermission(node, PermissionService.READ) != AccessStatus.ALLOWED) {
            throw new WebScriptException(Status.STATUS_FORBIDDEN, "You may not read " + node);
        }
        return node;
    }

    protected boolean canWrite(NodeRef node) {
        return permissionService.hasPermission(node, PermissionService.WRITE) == AccessStatus.ALLOWED;
    }

    protected Map<String, Object> view(NodeRef node, boolean canRerun) {
        return new RecognitionView(nodeService, dictionaryService, namespaceService, json).build(node, canRerun);
    }
}
