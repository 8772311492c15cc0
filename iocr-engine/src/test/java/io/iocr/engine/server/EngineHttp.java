package io.iocr.engine.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** A plain HTTP client speaking to the engine the way Baidu's Python samples do (form-urlencoded POSTs). */
final class EngineHttp {

    record Reply(int status, JsonNode json) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    EngineHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Reply post(String pathAndQuery, Map<String, String> form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build();
        return send(request);
    }

    Reply get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET().build());
    }

    String token() {
        return post(EngineServer.TOKEN_PATH, form("grant_type", "client_credentials", "client_id", "ak",
                "client_secret", "sk")).json().get("access_token").asText();
    }

    /** Polls get_result until the task is no longer Running (the engine needs about a second per page). */
    JsonNode awaitResult(String token, String taskId) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonNode reply = post(EngineServer.RESULT_PATH + "?access_token=" + token, form("task_id", taskId)).json();
            if (!"Running".equals(reply.path("task_result").path("status").asText())) {
                return reply;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("task " + taskId + " still running after 30 s");
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new AssertionError("HTTP call failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String encode(Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }
}
