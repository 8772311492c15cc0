package io.iocr.client.testserver;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the {@link IocrTestServer} produces instead of (or, for {@link #slow}, before) its normal answer.
 * Every fault except {@link #slow} happens before a submit is accepted, so a client may safely re-send after
 * it, provided it can tell; see {@link #connectionReset()} for the one it cannot.
 */
public final class Fault {

    /** What the server does. */
    public enum Kind { BAIDU_ERROR, BAIDU_ERROR_AS_STRING, HTTP_STATUS, SLOW, CONNECTION_RESET, MALFORMED_JSON }

    private final Kind kind;
    private final int code;
    private final Duration delay;

    private Fault(Kind kind, int code, Duration delay) {
        this.kind = kind;
        this.code = code;
        this.delay = delay;
    }

    /** HTTP 200 with Baidu's error JSON for {@code code} (error_msg from Baidu's table). */
    public static Fault baiduError(int code) {
        return new Fault(Kind.BAIDU_ERROR, code, Duration.ZERO);
    }

    /** Like {@link #baiduError(int)} with {@code error_code} as a JSON string ("110"), as some gateways send it. */
    public static Fault baiduErrorAsString(int code) {
        return new Fault(Kind.BAIDU_ERROR_AS_STRING, code, Duration.ZERO);
    }

    /** Code 18, Open api qps request limit reached. */
    public static Fault qpsExceeded() {
        return baiduError(18);
    }

    /** Code 110, Access token invalid or no longer valid. */
    public static Fault tokenInvalid() {
        return baiduError(110);
    }

    /** Code 111, Access token expired. */
    public static Fault tokenExpired() {
        return baiduError(111);
    }

    /** Code 282000, internal error. */
    public static Fault internalError() {
        return baiduError(282000);
    }

    /** Code 216201, image format error: a fatal input error. */
    public static Fault imageFormatError() {
        return baiduError(216201);
    }

    /** The given HTTP status (e.g. 500) with an HTML body, as a proxy or a crashed backend would answer. */
    public static Fault httpStatus(int status) {
        return new Fault(Kind.HTTP_STATUS, status, Duration.ZERO);
    }

    /** Waits {@code delay}, then answers normally (a submit is then accepted). */
    public static Fault slow(Duration delay) {
        return new Fault(Kind.SLOW, 0, Objects.requireNonNull(delay, "delay"));
    }

    /**
     * Reads the whole request, then resets the connection (TCP RST) without answering. On a submit the client
     * has sent everything and cannot know whether the task was accepted (it was not).
     */
    public static Fault connectionReset() {
        return new Fault(Kind.CONNECTION_RESET, 0, Duration.ZERO);
    }

    /** HTTP 200 with a truncated JSON body. */
    public static Fault malformedJson() {
        return new Fault(Kind.MALFORMED_JSON, 0, Duration.ZERO);
    }

    public Kind kind() {
        return kind;
    }

    /** The Baidu error code or HTTP status; 0 for the other kinds. */
    public int code() {
        return code;
    }

    public Duration delay() {
        return delay;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case BAIDU_ERROR -> "Baidu error " + code;
            case BAIDU_ERROR_AS_STRING -> "Baidu error \"" + code + "\"";
            case HTTP_STATUS -> "HTTP " + code;
            case SLOW -> "slow " + delay.toMillis() + " ms";
            case CONNECTION_RESET -> "connection reset";
            case MALFORMED_JSON -> "malformed JSON";
        };
    }
}
