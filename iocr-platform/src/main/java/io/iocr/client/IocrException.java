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

    public IocrException(ErrorCategory category, String baiduCode, String baiduMessage, String logId,
            String explanation, Throwable cause) {
        super(explanation, cause);
        this.category = category;
        this.baiduCode = baiduCode;
        this.baiduMessage = baiduMessage;
        this.logId = logId;
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
