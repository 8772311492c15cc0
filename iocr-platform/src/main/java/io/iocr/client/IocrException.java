package io.iocr.client;

/**
 * A failed iOCR call or a document refused before sending. Carries Baidu's error code, message and log_id
 * (when Baidu answered) and our explanation of what it means for the user. Never carries credentials.
 */
public class IocrException extends RuntimeException {

    private final ErrorCategory category;
    private final String baiduCode;
    private final String baiduMessage;
    private final String logId;
    private final boolean ambiguous;

    public IocrException(ErrorCategory category, String baiduCode, String baiduMessage, String logId,
            String explanation, Throwable cause) {
        this(category, baiduCode, baiduMessage, logId, explanation, cause, false);
    }

    /**
     * @param ambiguous true when a submit failed after its body was sent and before an answer arrived (read
     *                  timeout, connection reset, unreadable answer): Baidu may have accepted the task, so the
     *                  client did not re-send it; see {@link #ambiguous()}
     */
    public IocrException(ErrorCategory category, String baiduCode, String baiduMessage, String logId,
            String explanation, Throwable cause, boolean ambiguous) {
        super(explanation, cause);
        this.category = category;
        this.baiduCode = baiduCode;
        this.baiduMessage = baiduMessage;
        this.logId = logId;
        this.ambiguous = ambiguous;
    }

    /** An input error found before anything was sent. */
    public static IocrException refused(String explanation) {
        return new IocrException(ErrorCategory.INPUT, null, null, null, explanation, null);
    }

    public ErrorCategory category() {
        return category;
    }

    /** Baidu's {@code error_code} (a number, or an SDK string code), or null when Baidu did not answer. */
    public String baiduCode() {
        return baiduCode;
    }

    public String baiduMessage() {
        return baiduMessage;
    }

    public String logId() {
        return logId;
    }

    /**
     * True when a submit may or may not have been accepted by Baidu (the request went out, no readable answer
     * came back). The client never re-sends such a submit, because that could create (and bill) a second task;
     * the caller decides (for example: re-submit later, accepting a possible duplicate, or ask a person).
     */
    public boolean ambiguous() {
        return ambiguous;
    }

    /** Our explanation, for the user. */
    public String explanation() {
        return super.getMessage();
    }

    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder(explanation());
        if (baiduCode != null) {
            message.append(" [Baidu error ").append(baiduCode);
            if (baiduMessage != null && !baiduMessage.isEmpty()) {
                message.append(": ").append(baiduMessage);
            }
            if (logId != null && !logId.isEmpty()) {
                message.append(", log_id ").append(logId);
            }
            message.append(']');
        }
        return message.toString();
    }
}
