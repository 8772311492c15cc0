package io.iocr.alfresco;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.alfresco.service.cmr.repository.NodeRef;
import org.springframework.extensions.surf.util.Content;
import org.springframework.extensions.webscripts.Match;
import org.springframework.extensions.webscripts.WebScript;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import io.iocr.alfresco.harness.HarnessRepository;
import io.iocr.alfresco.harness.ServiceProxy;

/**
 * Calls a web script as the repository's container does: as the authenticated user, in a transaction, with the
 * URL's template variables; a WebScriptException becomes its status code, as the status template renders it.
 */
final class WebScriptCall {

    /** What the caller got back. */
    record Reply(int status, JsonNode body, String message) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebScriptCall() {
    }

    static Reply onNode(HarnessRepository repo, WebScript script, String user, NodeRef node, String body) {
        Map<String, String> vars = new HashMap<>();
        vars.put("store_type", node.getStoreRef().getProtocol());
        vars.put("store_id", node.getStoreRef().getIdentifier());
        vars.put("id", node.getId());
        return call(repo, script, user, vars, body);
    }

    static Reply call(HarnessRepository repo, WebScript script, String user, Map<String, String> vars,
            String body) {
        Response response = new Response();
        WebScriptRequest request = ServiceProxy.of(WebScriptRequest.class, new Request(vars, body));
        try {
            repo.inTransaction(user, () -> {
                try {
                    script.execute(request, ServiceProxy.of(WebScriptResponse.class, response));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (WebScriptException e) {
            return new Reply(e.getStatus(), null, e.getMessage());
        }
        try {
            return new Reply(response.status, JSON.readTree(response.writer.toString()), null);
        } catch (IOException e) {
            throw new AssertionError("The web script wrote invalid JSON: " + response.writer, e);
        }
    }

    /** The request side. */
    public static final class Request {
        private final Map<String, String> vars;
        private final String body;

        Request(Map<String, String> vars, String body) {
            this.vars = vars;
            this.body = body;
        }

        public Match getServiceMatch() {
            return new Match("", vars, "");
        }

        public String getParameter(String name) {
            return null;
        }

        public String getContentType() {
            return body == null ? null : "application/json";
        }

        public Content getContent() {
            if (body == null) {
                return null;
            }
            return ServiceProxy.of(Content.class, new Object() {
                @SuppressWarnings("unused")
                public String getContent() {
                    return body;
                }

                @SuppressWarnings("unused")
                public String getMimetype() {
                    return "application/json";
                }

                @SuppressWarnings("unused")
                public InputStream getInputStream() {
                    return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
                }
            });
        }
    }

    /** The response side. */
    public static final class Response {
        int status = 200;
        String contentType;
        final StringWriter writer = new StringWriter();

        public void setStatus(int code) {
            status = code;
        }

        public void setHeader(String name, String value) {
            // not inspected
        }

        public void setContentType(String type) {
            contentType = type;
        }

        public void setContentEncoding(String encoding) {
            // always UTF-8 here
        }

        public Writer getWriter() {
            return writer;
        }
    }
}
