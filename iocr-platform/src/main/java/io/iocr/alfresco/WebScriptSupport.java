package io.iocr.alfresco;

import java.io.IOException;
import java.io.Writer;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.alfresco.service.cmr.repository.NodeRef;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/** What the iOCR web scripts share: reading the node from the URL and writing JSON. */
final class WebScriptSupport {

    private WebScriptSupport() {
    }

    /** The node named by the URL's {store_type}/{store_id}/{id}; 400 when they are missing or malformed. */
    static NodeRef nodeRef(WebScriptRequest req) {
        Map<String, String> vars = req.getServiceMatch() == null ? null : req.getServiceMatch().getTemplateVars();
        String storeType = vars == null ? null : vars.get("store_type");
        String storeId = vars == null ? null : vars.get("store_id");
        String id = vars == null ? null : vars.get("id");
        if (isBlank(storeType) || isBlank(storeId) || isBlank(id)) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST,
                    "The URL must name a node as {store_type}/{store_id}/{id}");
        }
        return new NodeRef(storeType, storeId, id);
    }

    static void writeJson(WebScriptResponse res, int status, Object body, ObjectMapper json) throws IOException {
        res.setStatus(status);
        res.setContentType("application/json");
        res.setContentEncoding("UTF-8");
        res.setHeader("Cache-Control", "no-cache");
        Writer writer = res.getWriter();
        json.writeValue(writer, body);
        writer.flush();
    }

    /** ISO-8601 in UTC with milliseconds, as docs/recognition-api.md shows; null stays null. */
    static String iso(Date date) {
        if (date == null) {
            return null;
        }
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(date);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
