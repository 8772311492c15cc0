package io.iocr.alfresco;

import java.io.IOException;

import org.alfresco.service.cmr.repository.NodeRef;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /iocr/recognition/{store_type}/{store_id}/{id}}: the recognition of a document, as
 * docs/recognition-api.md specifies. 404 when the node does not exist, 403 without Read.
 */
public class RecognitionGetWebScript extends RecognitionWebScript {

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        NodeRef node = readableNode(req);
        WebScriptSupport.writeJson(res, Status.STATUS_OK, view(node, canWrite(node)), json);
    }
}
