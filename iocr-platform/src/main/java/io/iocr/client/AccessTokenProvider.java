package io.iocr.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OAuth access token (client_credentials grant, form body POSTed to the token URL), cached until shortly
 * before {@code expires_in}. Thread-safe and single-flight: one caller fetches while the others wait for its
 * result, and a caller whose token was rejected triggers a refresh only if nobody replaced that token already,
 * so N concurrent rejections of one token cost one refresh. Neither the keys nor the token are ever logged or
 * put into an exception message.
 */
final class AccessTokenProvider {

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokenProvider.class);
    private static final String CALL = "access token";

    private record Token(String value, long freshUntilNanos) {
    }

    private final IocrClientConfig config;
    private final HttpTransport http;
    private final ObjectMapper json;
    private final TimeSource time;
    private final Object lock = new Object();
    private volatile Token current;

    AccessTokenProvider(IocrClientConfig config, HttpTransport http, ObjectMapper json, TimeSource time) {
        this.config = config;
        this.http = http;
        this.json = json;
        this.time = time;
    }

    /** The cached token, fetched first when there is none or it is about to expire. */
    String token() {
        Token token = current;
        if (isFresh(token)) {
            return token.value();
        }
        synchronized (lock) {
            token = current;
            if (isFresh(token)) {
                return token.value();
            }
            current = fetch();
            return current.value();
        }
    }

    /**
     * Baidu rejected {@code rejected} (codes 100, 110, 111): returns a newer token, fetching one unless another
     * caller already replaced the rejected one.
     */
    String refreshAfterRejection(String rejected) {
        synchronized (lock) {
            Token token = current;
            if (isFresh(token) && !token.value().equals(rejected)) {
                return token.value();
            }
            LOG.info("The iOCR access token was rejected; fetching a new one");
            current = fetch();
            return current.value();
        }
    }

    private boolean isFresh(Token token) {
        return token != null && time.nanoTime() - token.freshUntilNanos() < 0;
    }

    private Token fetch() {
        // Without credentials the request is still made: the offline engine grants a token to anyone (it is the
        // default endpoint, so a fresh install works), while Baidu refuses, which rejectedCredentials explains.
        String form = "grant_type=client_credentials&client_id=" + encode(orEmpty(config.apiKey()))
                + "&client_secret=" + encode(orEmpty(config.secretKey()));
        long requestedAt = time.nanoTime();
        HttpTransport.Answer answer;
        try {
            answer = http.post(config.tokenUrl(), new StreamingFormEntity(
                    form.getBytes(StandardCharsets.US_ASCII), null, 0));
        } catch (IOException e) {
            // Fetching a token creates nothing billable: always safe to retry.
            throw ErrorClassifier.fromIoException(e, CALL, false);
        }
        JsonNode body = parse(answer.body());
        String error = body == null ? null : body.path("error").asText(null);
        if (answer.status() == 401 || error != null) {
            throw rejectedCredentials(error, body == null ? null : body.path("error_description").asText(null),
                    config.hasCredentials());
        }
        if (answer.status() != 200) {
            throw ErrorClassifier.fromHttpStatus(answer.status(), CALL);
        }
        if (body == null || !body.path("access_token").isTextual() || body.path("access_token").asText().isEmpty()) {
            throw new IocrException(ErrorCategory.TRANSIENT, null, null, null,
                    "The token endpoint answered without an access token", null);
        }
        long lifetimeSeconds = body.path("expires_in").asLong(2_592_000L);
        long lifetimeNanos = Math.max(1, lifetimeSeconds) * 1_000_000_000L;
        long margin = Math.min(config.tokenRefreshMargin().toNanos(), lifetimeNanos / 2);
        LOG.debug("Obtained an iOCR access token valid for {} s from {}", lifetimeSeconds,
                Redaction.url(config.tokenUrl()));
        return new Token(body.path("access_token").asText(), requestedAt + lifetimeNanos - margin);
    }

    private JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? null : json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** Names the property to fix; never the value. */
    private static IocrException rejectedCredentials(String error, String description, boolean configured) {
        String code = error == null ? "HTTP 401" : error;
        if (!configured) {
            return new IocrException(ErrorCategory.CONFIGURATION, code, description, null, "The iOCR endpoint "
                    + "requires credentials and none are configured; set " + IocrClientConfig.API_KEY + " and "
                    + IocrClientConfig.SECRET_KEY + " (Baidu console: your application's API Key and Secret Key)", null);
        }
        String property;
        if (description != null && description.toLowerCase().contains("client id")) {
            property = IocrClientConfig.API_KEY;
        } else if (description != null && description.toLowerCase().contains("authentication failed")) {
            property = IocrClientConfig.SECRET_KEY;
        } else {
            property = IocrClientConfig.API_KEY + " and " + IocrClientConfig.SECRET_KEY;
        }
        return new IocrException(ErrorCategory.CONFIGURATION, code, description, null,
                "Baidu rejected the iOCR credentials; check " + property, null);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
