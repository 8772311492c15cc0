package io.iocr.alfresco;

import java.io.IOException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code POST /iocr/recognition/{store_type}/{store_id}/{id}/rerun}: recognise the document again. Needs Write.
 * Optional JSON body {@code {"templateSign": "...", "classifierId": "...", "force": true}}; {@code force}
 * defaults to true (the user asked for a new recognition, so unchanged content is submitted anyway). Marks
 * the node PENDING in the request's transaction and answers 202 with the GET body. With {@code "remap": true}
 * the stored raw result is mapped again instead (no iOCR call; 409 when there is none) and the answer is 200. A POST with a JSON body, so
 * Share's proxy passes it with its CSRF token and no form handling is involved.
 */
public class RecognitionRerunWebScript extends RecognitionWebScript {

    private static final Pattern MODEL_ID = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

    private RecognitionQueue queue;
    private RecognitionPump pump;

    public void setQueue(RecognitionQueue queue) {
        this.queue = queue;
    }

    public void setPump(RecognitionPump pump) {
        this.pump = pump;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        NodeRef node = readableNode(req);
        if (!canWrite(node)) {
            throw new WebScriptException(Status.STATUS_FORBIDDEN, "You may not change " + node);
        }
        if (!dictionaryService.isSubClass(nodeService.getType(node), ContentModel.TYPE_CONTENT)) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "Only documents can be recognised");
        }
        JsonNode body = body(req);
        if (body.path("remap").asBoolean(false)) {
            if (!pump.remap(node)) {
                throw new WebScriptException(Status.STATUS_CONFLICT, "There is no recognition result to map again");
            }
            WebScriptSupport.writeJson(res, Status.STATUS_OK, view(node, true), json);
            return;
        }
        String templateSign = modelId(body, "templateSign");
        String classifierId = modelId(body, "classifierId");
        boolean force = !body.has("force") || body.get("force").asBoolean(true);
        queue.request(node, templateSign, classifierId, force);
        WebScriptSupport.writeJson(res, Status.STATUS_ACCEPTED, view(node, true), json);
    }

    private JsonNode body(WebScriptRequest req) throws IOException {
        String content = req.getContent() == null ? null : req.getContent().getContent();
        if (content == null || content.isBlank()) {
            return json.createObjectNode();
        }
        try {
            JsonNode parsed = json.readTree(content);
            if (parsed == null || !parsed.isObject()) {
                throw new WebScriptException(Status.STATUS_BAD_REQUEST, "The body must be a JSON object");
            }
            return parsed;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "The body is not valid JSON");
        }
    }

    private static String modelId(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        String text = value.asText().trim();
        if (!MODEL_ID.matcher(text).matches()) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, field + " must be a model id such as "
                    + "vat_invoice (letters, digits, '_', '-', '.')");
        }
        return text;
    }
}
