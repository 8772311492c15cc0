package io.iocr.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * Settings of the iOCR client, poller and rate limiters: an immutable value, built by a {@link Builder} that
 * validates every field (the message names the field and the rejected value) or read from {@code iocr.client.*}
 * properties with {@link #fromProperties(Function)}. Defaults follow the API document (2 submits and 10 polls
 * per second, first poll 30 s after submit). {@link #toString()} never shows the API key or the secret key.
 */
public final class IocrClientConfig {

    /** Prefix of every property key. */
    public static final String PREFIX = "iocr.client.";
    public static final String TOKEN_URL = PREFIX + "tokenUrl";
    public static final String REQUEST_URL = PREFIX + "requestUrl";
    public static final String RESULT_URL = PREFIX + "resultUrl";
    public static final String API_KEY = PREFIX + "apiKey";
    public static final String SECRET_KEY = PREFIX + "secretKey";
    public static final String CONNECT_TIMEOUT_MS = PREFIX + "connectTimeoutMs";
    public static final String READ_TIMEOUT_MS = PREFIX + "readTimeoutMs";
    public static final String SUBMIT_QPS = PREFIX + "submitQps";
    public static final String POLL_QPS = PREFIX + "pollQps";
    public static final String QPS_HEADROOM_PERCENT = PREFIX + "qpsHeadroomPercent";
    public static final String MAX_ATTEMPTS = PREFIX + "maxAttempts";
    public static final String BACKOFF_BASE_MS = PREFIX + "backoffBaseMs";
    public static final String BACKOFF_MAX_MS = PREFIX + "backoffMaxMs";
    public static final String THROTTLE_BACKOFF_BASE_MS = PREFIX + "throttleBackoffBaseMs";
    public static final String INITIAL_POLL_DELAY_MS = PREFIX + "initialPollDelayMs";
    public static final String POLL_INTERVAL_MS = PREFIX + "pollIntervalMs";
    public static final String POLL_INTERVAL_GROWTH = PREFIX + "pollIntervalGrowth";
    public static final String POLL_INTERVAL_MAX_MS = PREFIX + "pollIntervalMaxMs";
    public static final String MAX_WAIT_MS = PREFIX + "maxWaitMs";
    public static final String TOKEN_REFRESH_MARGIN_MS = PREFIX + "tokenRefreshMarginMs";

    public static final URI DEFAULT_TOKEN_URL = URI.create("https://aip.baidubce.com/oauth/2.0/token");
    public static final URI DEFAULT_REQUEST_URL =
            URI.create("https://aip.baidubce.com/rest/2.0/solution/v1/iocr/recognise/universal/request");
    public static final URI DEFAULT_RESULT_URL =
            URI.create("https://aip.baidubce.com/rest/2.0/solution/v1/iocr/recognise/universal/get_result");

    private static final IocrClientConfig DEFAULTS = builder().build();

    private final URI tokenUrl;
    private final URI requestUrl;
    private final URI resultUrl;
    private final String apiKey;
    private final String secretKey;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final double submitQps;
    private final double pollQps;
    private final double qpsHeadroomPercent;
    private final int maxAttempts;
    private final Duration backoffBase;
    private final Duration backoffMax;
    private final Duration throttleBackoffBase;
    private final Duration initialPollDelay;
    private final Duration pollInterval;
    private final double pollIntervalGrowth;
    private final Duration pollIntervalMax;
    private final Duration maxWait;
    private final Duration tokenRefreshMargin;

    private IocrClientConfig(Builder b) {
        tokenUrl = b.tokenUrl;
        requestUrl = b.requestUrl;
        resultUrl = b.resultUrl;
        apiKey = b.apiKey;
        secretKey = b.secretKey;
        connectTimeout = b.connectTimeout;
        readTimeout = b.readTimeout;
        submitQps = b.submitQps;
        pollQps = b.pollQps;
        qpsHeadroomPercent = b.qpsHeadroomPercent;
        maxAttempts = b.maxAttempts;
        backoffBase = b.backoffBase;
        backoffMax = b.backoffMax;
        throttleBackoffBase = b.throttleBackoffBase;
        initialPollDelay = b.initialPollDelay;
        pollInterval = b.pollInterval;
        pollIntervalGrowth = b.pollIntervalGrowth;
        pollIntervalMax = b.pollIntervalMax;
        maxWait = b.maxWait;
        tokenRefreshMargin = b.tokenRefreshMargin;
    }

    /** The documented defaults, without credentials (calls then fail with a CONFIGURATION error). */
    public static IocrClientConfig ofDefaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration's values, to change a few of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Reads {@code iocr.client.*} keys (see the constants); a missing or blank key keeps its default. Durations
     * are milliseconds, rates are requests per second.
     *
     * @throws IllegalArgumentException naming the key when a value is not a number or out of range
     */
    public static IocrClientConfig fromProperties(Function<String, String> properties) {
        Builder b = builder();
        PropertyReader r = new PropertyReader(properties);
        r.string(TOKEN_URL, v -> b.tokenUrl(URI.create(v)));
        r.string(REQUEST_URL, v -> b.requestUrl(URI.create(v)));
        r.string(RESULT_URL, v -> b.resultUrl(URI.create(v)));
        r.string(API_KEY, b::apiKey);
        r.string(SECRET_KEY, b::secretKey);
        r.millis(CONNECT_TIMEOUT_MS, b::connectTimeout);
        r.millis(READ_TIMEOUT_MS, b::readTimeout);
        r.number(SUBMIT_QPS, b::submitQps);
        r.number(POLL_QPS, b::pollQps);
        r.number(QPS_HEADROOM_PERCENT, b::qpsHeadroomPercent);
        r.number(MAX_ATTEMPTS, v -> b.maxAttempts(checkWhole(MAX_ATTEMPTS, v)));
        r.millis(BACKOFF_BASE_MS, b::backoffBase);
        r.millis(BACKOFF_MAX_MS, b::backoffMax);
        r.millis(THROTTLE_BACKOFF_BASE_MS, b::throttleBackoffBase);
        r.millis(INITIAL_POLL_DELAY_MS, b::initialPollDelay);
        r.millis(POLL_INTERVAL_MS, b::pollInterval);
        r.number(POLL_INTERVAL_GROWTH, b::pollIntervalGrowth);
        r.millis(POLL_INTERVAL_MAX_MS, b::pollIntervalMax);
        r.millis(MAX_WAIT_MS, b::maxWait);
        r.millis(TOKEN_REFRESH_MARGIN_MS, b::tokenRefreshMargin);
        return b.build();
    }

    private static int checkWhole(String key, double value) {
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException(key + " must be a whole number, was " + value);
        }
        return (int) value;
    }

    public URI tokenUrl() { return tokenUrl; }
    public URI requestUrl() { return requestUrl; }
    public URI resultUrl() { return resultUrl; }
    /** The API Key (OAuth client_id); never log it. Null when not configured. */
    public String apiKey() { return apiKey; }
    /** The Secret Key (OAuth client_secret); never log it. Null when not configured. */
    public String secretKey() { return secretKey; }
    public boolean hasCredentials() { return apiKey != null && secretKey != null; }
    public Duration connectTimeout() { return connectTimeout; }
    /** Longest wait for the first response byte after the request was sent (also the socket read timeout). */
    public Duration readTimeout() { return readTimeout; }
    public double submitQps() { return submitQps; }
    public double pollQps() { return pollQps; }
    /**
     * Lengthens the limiters' spacing between requests by this percentage. 0 is safe: the limiters already count
     * each request's one-second window from its answer, which absorbs network jitter.
     */
    public double qpsHeadroomPercent() { return qpsHeadroomPercent; }
    /** Attempts per call for transient failures, counting the first (a token refresh does not count). */
    public int maxAttempts() { return maxAttempts; }
    public Duration backoffBase() { return backoffBase; }
    public Duration backoffMax() { return backoffMax; }
    /** Base of the longer backoff after Baidu reported QPS exceeded (code 18). */
    public Duration throttleBackoffBase() { return throttleBackoffBase; }
    public Duration initialPollDelay() { return initialPollDelay; }
    public Duration pollInterval() { return pollInterval; }
    public double pollIntervalGrowth() { return pollIntervalGrowth; }
    public Duration pollIntervalMax() { return pollIntervalMax; }
    /** Longest time from submit to a final result before the task is failed. */
    public Duration maxWait() { return maxWait; }
    /** A token is renewed this long before it expires (at most half its lifetime). */
    public Duration tokenRefreshMargin() { return tokenRefreshMargin; }

    @Override
    public String toString() {
        return "IocrClientConfig{tokenUrl=" + tokenUrl + ", requestUrl=" + requestUrl + ", resultUrl=" + resultUrl
                + ", apiKey=" + redacted(apiKey) + ", secretKey=" + redacted(secretKey)
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", submitQps=" + submitQps + ", pollQps=" + pollQps + ", qpsHeadroomPercent=" + qpsHeadroomPercent
                + ", maxAttempts=" + maxAttempts + ", backoffBase=" + backoffBase + ", backoffMax=" + backoffMax
                + ", throttleBackoffBase=" + throttleBackoffBase + ", initialPollDelay=" + initialPollDelay
                + ", pollInterval=" + pollInterval + ", pollIntervalGrowth=" + pollIntervalGrowth
                + ", pollIntervalMax=" + pollIntervalMax + ", maxWait=" + maxWait
                + ", tokenRefreshMargin=" + tokenRefreshMargin + '}';
    }

    private static String redacted(String secret) {
        return secret == null ? "(not set)" : "****";
    }

    /** Validates each value as it is set; {@link #build()} checks the relations between values. */
    public static final class Builder {
        private URI tokenUrl = DEFAULT_TOKEN_URL;
        private URI requestUrl = DEFAULT_REQUEST_URL;
        private URI resultUrl = DEFAULT_RESULT_URL;
        private String apiKey;
        private String secretKey;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private double submitQps = 2;
        private double pollQps = 10;
        private double qpsHeadroomPercent = 0;
        private int maxAttempts = 5;
        private Duration backoffBase = Duration.ofMillis(500);
        private Duration backoffMax = Duration.ofSeconds(30);
        private Duration throttleBackoffBase = Duration.ofSeconds(2);
        private Duration initialPollDelay = Duration.ofSeconds(30);
        private Duration pollInterval = Duration.ofSeconds(5);
        private double pollIntervalGrowth = 1.5;
        private Duration pollIntervalMax = Duration.ofSeconds(30);
        private Duration maxWait = Duration.ofMinutes(30);
        private Duration tokenRefreshMargin = Duration.ofDays(1);

        private Builder() {
        }

        private Builder(IocrClientConfig c) {
            tokenUrl = c.tokenUrl;
            requestUrl = c.requestUrl;
            resultUrl = c.resultUrl;
            apiKey = c.apiKey;
            secretKey = c.secretKey;
            connectTimeout = c.connectTimeout;
            readTimeout = c.readTimeout;
            submitQps = c.submitQps;
            pollQps = c.pollQps;
            qpsHeadroomPercent = c.qpsHeadroomPercent;
            maxAttempts = c.maxAttempts;
            backoffBase = c.backoffBase;
            backoffMax = c.backoffMax;
            throttleBackoffBase = c.throttleBackoffBase;
            initialPollDelay = c.initialPollDelay;
            pollInterval = c.pollInterval;
            pollIntervalGrowth = c.pollIntervalGrowth;
            pollIntervalMax = c.pollIntervalMax;
            maxWait = c.maxWait;
            tokenRefreshMargin = c.tokenRefreshMargin;
        }

        public Builder tokenUrl(URI value) { tokenUrl = httpUrl("tokenUrl", value); return this; }
        public Builder requestUrl(URI value) { requestUrl = httpUrl("requestUrl", value); return this; }
        public Builder resultUrl(URI value) { resultUrl = httpUrl("resultUrl", value); return this; }
        public Builder apiKey(String value) { apiKey = credential("apiKey", value); return this; }
        public Builder secretKey(String value) { secretKey = credential("secretKey", value); return this; }
        public Builder connectTimeout(Duration value) { connectTimeout = positive("connectTimeout", value); return this; }
        public Builder readTimeout(Duration value) { readTimeout = positive("readTimeout", value); return this; }
        public Builder submitQps(double value) { submitQps = rate("submitQps", value); return this; }
        public Builder pollQps(double value) { pollQps = rate("pollQps", value); return this; }

        public Builder qpsHeadroomPercent(double value) {
            if (!(value >= 0 && value < 50)) {
                throw new IllegalArgumentException("qpsHeadroomPercent must be at least 0 and under 50, was " + value);
            }
            qpsHeadroomPercent = value;
            return this;
        }

        public Builder maxAttempts(int value) {
            if (value < 1 || value > 20) {
                throw new IllegalArgumentException("maxAttempts must be between 1 and 20, was " + value);
            }
            maxAttempts = value;
            return this;
        }

        public Builder backoffBase(Duration value) { backoffBase = positive("backoffBase", value); return this; }
        public Builder backoffMax(Duration value) { backoffMax = positive("backoffMax", value); return this; }
        public Builder throttleBackoffBase(Duration value) {
            throttleBackoffBase = positive("throttleBackoffBase", value);
            return this;
        }
        public Builder initialPollDelay(Duration value) {
            initialPollDelay = notNegative("initialPollDelay", value);
            return this;
        }
        public Builder pollInterval(Duration value) { pollInterval = positive("pollInterval", value); return this; }

        public Builder pollIntervalGrowth(double value) {
            if (!(value >= 1 && value <= 10)) {
                throw new IllegalArgumentException("pollIntervalGrowth must be between 1 and 10, was " + value);
            }
            pollIntervalGrowth = value;
            return this;
        }

        public Builder pollIntervalMax(Duration value) { pollIntervalMax = positive("pollIntervalMax", value); return this; }
        public Builder maxWait(Duration value) { maxWait = positive("maxWait", value); return this; }
        public Builder tokenRefreshMargin(Duration value) {
            tokenRefreshMargin = notNegative("tokenRefreshMargin", value);
            return this;
        }

        /** @throws IllegalArgumentException when values contradict each other (e.g. backoffMax under backoffBase) */
        public IocrClientConfig build() {
            if (backoffMax.compareTo(backoffBase) < 0) {
                throw new IllegalArgumentException("backoffMax (" + backoffMax + ") must not be less than backoffBase ("
                        + backoffBase + ")");
            }
            if (pollIntervalMax.compareTo(pollInterval) < 0) {
                throw new IllegalArgumentException("pollIntervalMax (" + pollIntervalMax
                        + ") must not be less than pollInterval (" + pollInterval + ")");
            }
            return new IocrClientConfig(this);
        }

        private static URI httpUrl(String field, URI value) {
            Objects.requireNonNull(value, field + " must not be null");
            String scheme = value.getScheme();
            if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || value.getHost() == null) {
                throw new IllegalArgumentException(field + " must be an absolute http(s) URL, was '" + value + "'");
            }
            if (value.getRawQuery() != null) {
                throw new IllegalArgumentException(field + " must not carry a query (the access token is added per "
                        + "call), was '" + value.getScheme() + "://" + value.getRawAuthority() + value.getRawPath() + "?…'");
            }
            return value;
        }

        private static String credential(String field, String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(field + " must not be blank");
            }
            if (!value.strip().equals(value)) {
                // Never echo the value: it is a credential.
                throw new IllegalArgumentException(field + " has leading or trailing whitespace (value not shown)");
            }
            return value;
        }

        private static Duration positive(String field, Duration value) {
            Objects.requireNonNull(value, field + " must not be null");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(field + " must be positive, was " + value);
            }
            return value;
        }

        private static Duration notNegative(String field, Duration value) {
            Objects.requireNonNull(value, field + " must not be null");
            if (value.isNegative()) {
                throw new IllegalArgumentException(field + " must not be negative, was " + value);
            }
            return value;
        }

        private static double rate(String field, double value) {
            if (!(value > 0 && value <= 10_000)) {
                throw new IllegalArgumentException(field + " must be above 0 and at most 10000 requests per second, was "
                        + value);
            }
            return value;
        }
    }

    /** Reads one key at a time and names the key in every error. */
    private static final class PropertyReader {
        private final Function<String, String> properties;

        PropertyReader(Function<String, String> properties) {
            this.properties = Objects.requireNonNull(properties, "properties");
        }

        void string(String key, java.util.function.Consumer<String> setter) {
            String value = properties.apply(key);
            if (value == null || value.isBlank()) {
                return;
            }
            try {
                setter.accept(value.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
            }
        }

        void number(String key, java.util.function.DoubleConsumer setter) {
            string(key, v -> {
                double parsed;
                try {
                    parsed = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("must be a number, was '" + v + "'");
                }
                setter.accept(parsed);
            });
        }

        void millis(String key, java.util.function.Consumer<Duration> setter) {
            string(key, v -> {
                long parsed;
                try {
                    parsed = Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("must be a whole number of milliseconds, was '" + v + "'");
                }
                setter.accept(Duration.ofMillis(parsed));
            });
        }
    }
}
