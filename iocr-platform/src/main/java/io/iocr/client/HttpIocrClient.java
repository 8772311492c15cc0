package io.iocr.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iocr.client.model.RecognitionResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link IocrClient} over HTTP: OAuth token, {@code .../universal/request} and {@code .../universal/get_result}.
 *
 * <p>Each call: validate (submit only; refusals never reach the network), take the cached access token, wait
 * for the endpoint's rate limiter, send, classify the answer with {@link ErrorClassifier}. Then:
 * <ul>
 *   <li>TOKEN (100/110/111): the token is refreshed once (shared by all callers) and the call repeated; this
 *       repeat does not count as an attempt;</li>
 *   <li>TRANSIENT: retried with exponential backoff and full jitter up to {@code maxAttempts}; QPS exceeded
 *       (18) also drains the limiter and backs off longer;</li>
 *   <li>anything else is thrown at once.</li>
 * </ul>
 * A submit is never sent twice: it is re-sent only when it is known not to have been accepted (an error answer,
 * HTTP 5xx, no connection, body not fully written). When the body went out and no readable answer came back,
 * the call ends with a TRANSIENT exception marked {@link IocrException#ambiguous()}.
 *
 * <p>Thread-safe; one instance per set of credentials, shared by all callers so that they share the token and
 * the limiters. Close it to release its connections.
 */
public final class HttpIocrClient implements IocrClient, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpIocrClient.class);
    private static final String SUBMIT = "submit";
    private static final String GET_RESULT = "get_result";

    private final IocrClientConfig config;
    private final HttpTransport http;
    private final ObjectMapper json;
    private final AccessTokenProvider tokens;
    private final RateLimiter submitLimiter;
    private final RateLimiter pollLimiter;
    private final Backoff backoff;
    private final TimeSource time;
    private final DocumentInspector inspector = new DocumentInspector();

    /** Real time and randomness. */
    public HttpIocrClient(IocrClientConfig config) {
        this(config, TimeSource.SYSTEM, new Random());
    }

    /**
     * @param time   the clock and sleeper used by rate limiting, backoff and token expiry
     * @param random the jitter of the backoff
     */
    public HttpIocrClient(IocrClientConfig config, TimeSource time, Random random) {
        this.config = config;
        this.time = time;
        this.http = new HttpTransport(config);
        this.json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.tokens = new AccessTokenProvider(config, http, json, time);
        this.submitLimiter = new RateLimiter(SUBMIT, config.submitQps(), config.qpsHeadroomPercent(), time);
        this.pollLimiter = new RateLimiter(GET_RESULT, config.pollQps(), config.qpsHeadroomPercent(), time);
        this.backoff = Backoff.from(config, random);
        LOG.info("iOCR client: {}", config);
    }

    public IocrClientConfig config() {
        return config;
    }

    @Override
    public String submit(SubmitRequest request) {
        DocumentInspector.Inspected document = inspector.inspect(request);
        return execute(SUBMIT, submitLimiter, token -> sendSubmit(document, token));
    }

    @Override
    public RecognitionResponse getResult(String taskId) {
        if (taskId == null || taskId.isBlank()) {
            throw IocrException.refused("A task id is needed to get a result");
        }
        byte[] form = ("task_id=" + encode(taskId)).getBytes(StandardCharsets.US_ASCII);
        return execute(GET_RESULT, pollLimiter, token -> sendGetResult(form, taskId, token));
    }

    @FunctionalInterface
    private interface Attempt<T> {
        T send(String token);
    }

    private <T> T execute(String call, RateLimiter limiter, Attempt<T> attempt) {
        boolean tokenRefreshed = false;
        String token = null;
        for (int n = 1; ; ) {
            IocrException failure;
            token = null;
            try {
                token = tokens.token();
                RateLimiter.Permit permit = limiter.acquire();
                try {
                    return attempt.send(token);
                } finally {
                    permit.release(); // the answer (or failure) is in: the limiter's window counts from now
                }
            } catch (IocrException e) {
                failure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IocrException(ErrorCategory.TRANSIENT, null, null, null, "Interrupted while waiting to "
                        + "call iOCR (" + call + ")", e);
            }
            if (failure.category() == ErrorCategory.TOKEN && !tokenRefreshed && token != null) {
                // Baidu rejected the token: one shared refresh, then the same call again (not counted).
                tokenRefreshed = true;
                try {
                    tokens.refreshAfterRejection(token);
                    continue;
                } catch (IocrException e) {
                    failure = e; // the refresh itself failed: handled like any failure of this attempt
                }
            }
            if (failure.category() != ErrorCategory.TRANSIENT) {
                throw failure; // input, quota, configuration, or a token rejected twice: retrying cannot help
            }
            if (failure.ambiguous()) {
                throw failure; // the submit may have been accepted; re-sending could create a second task
            }
            if (n >= config.maxAttempts()) {
                throw gaveUp(failure, n);
            }
            boolean throttled = ErrorClassifier.isThrottling(failure);
            if (throttled) {
                limiter.drain();
            }
            long delay = backoff.delayNanos(n, throttled);
            LOG.info("iOCR {} attempt {} of {} failed ({}); retrying in {} ms", call, n, config.maxAttempts(),
                    failure.getMessage(), delay / 1_000_000);
            sleep(delay, call);
            n++;
        }
    }

    private String sendSubmit(DocumentInspector.Inspected document, String token) {
        SubmitRequest request = document.request();
        StringBuilder fields = new StringBuilder("file_name=").append(encode(request.fileName()));
        if (request.templateSign() != null && !request.templateSign().isBlank()) {
            fields.append("&templateSign=").append(encode(request.templateSign())); // templateSign wins
        } else {
            fields.append("&classifierId=").append(encode(request.classifierId()));
        }
        StreamingFormEntity body;
        if (document.type() == null) {
            fields.append("&url=").append(encode(request.url()));
            body = new StreamingFormEntity(ascii(fields), null, 0);
        } else {
            fields.append('&').append(document.payloadField()).append('=');
            body = new StreamingFormEntity(ascii(fields), request.source(), document.encodedLength());
        }
        URI uri = withToken(config.requestUrl(), token);
        HttpTransport.Answer answer;
        try {
            answer = http.post(uri, body);
        } catch (IOException e) {
            throw ErrorClassifier.fromIoException(e, SUBMIT + " of '" + request.fileName() + "'", body.bodyWritten());
        }
        if (answer.status() != 200) {
            throw ErrorClassifier.fromHttpStatus(answer.status(), SUBMIT);
        }
        JsonNode node = parse(answer.body());
        if (node == null) {
            throw new IocrException(ErrorCategory.TRANSIENT, null, null, null, "iOCR answered the submit of '"
                    + request.fileName() + "' with something that is not JSON; it was not re-sent because Baidu "
                    + "may already have accepted it", null, true);
        }
        throwIfError(node, SUBMIT + " of '" + request.fileName() + "'");
        // The API document's table puts the id at result.task_id, its example at task_result.task_id.
        String taskId = text(node.at("/task_result/task_id"));
        if (taskId == null) {
            taskId = text(node.at("/result/task_id"));
        }
        if (taskId == null) {
            throw new IocrException(ErrorCategory.TRANSIENT, null, null, logId(node), "iOCR accepted the submit of '"
                    + request.fileName() + "' without returning a task id", null, true);
        }
        LOG.debug("Submitted '{}' to {} as {} (log_id {})", request.fileName(), Redaction.url(uri), taskId,
                logId(node));
        return taskId;
    }

    private RecognitionResponse sendGetResult(byte[] form, String taskId, String token) {
        URI uri = withToken(config.resultUrl(), token);
        HttpTransport.Answer answer;
        try {
            answer = http.post(uri, new StreamingFormEntity(form, null, 0));
        } catch (IOException e) {
            throw ErrorClassifier.fromIoException(e, GET_RESULT + " of " + taskId, false);
        }
        if (answer.status() != 200) {
            throw ErrorClassifier.fromHttpStatus(answer.status(), GET_RESULT);
        }
        JsonNode node = parse(answer.body());
        if (node == null) {
            throw new IocrException(ErrorCategory.TRANSIENT, null, null, null, "iOCR answered get_result of "
                    + taskId + " with something that is not JSON", null);
        }
        throwIfError(node, GET_RESULT + " of " + taskId);
        try {
            RecognitionResponse response = json.treeToValue(node, RecognitionResponse.class);
            LOG.debug("get_result of {} from {}: {}", taskId, Redaction.url(uri), response.status());
            return response;
        } catch (IOException e) {
            throw new IocrException(ErrorCategory.TRANSIENT, null, null, logId(node), "iOCR answered get_result of "
                    + taskId + " with JSON that does not match the protocol", e);
        }
    }

    private static void throwIfError(JsonNode node, String call) {
        JsonNode code = node.get("error_code");
        if (code == null || code.isNull()) {
            return;
        }
        String value = code.asText();
        if (value.isEmpty() || "0".equals(value)) {
            return;
        }
        throw ErrorClassifier.fromBaiduError(value, text(node.get("error_msg")), logId(node), call);
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode node = body.length == 0 ? null : json.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String logId(JsonNode node) {
        return text(node.get("log_id"));
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        String value = node.asText();
        return value.isEmpty() ? null : value;
    }

    private static URI withToken(URI base, String token) {
        return URI.create(base + "?access_token=" + encode(token));
    }

    private void sleep(long nanos, String call) {
        try {
            time.sleepNanos(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IocrException(ErrorCategory.TRANSIENT, null, null, null, "Interrupted while waiting to retry "
                    + call, e);
        }
    }

    private static IocrException gaveUp(IocrException last, int attempts) {
        return new IocrException(last.category(), last.baiduCode(), last.baiduMessage(), last.logId(),
                last.explanation() + "; gave up after " + attempts + " attempts", last.getCause(), false);
    }

    private static byte[] ascii(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
