package io.iocr.client;

/**
 * What a caller should do about a failed call; decided in one place from Baidu's error code, the HTTP status
 * or the I/O failure.
 */
public enum ErrorCategory {
    /** Network failure, HTTP 5xx, codes 1, 2, 4, 18, 282000, ...: retried with backoff; exhausted retries end here. */
    TRANSIENT,
    /** Codes 100, 110, 111: the access token was refreshed once and the call retried; still failing ends here. */
    TOKEN,
    /** Codes 17 and 19: the account's daily or total quota is spent; pause the queue, retrying now cannot help. */
    QUOTA,
    /** The document or the request is wrong (216xxx, 282xxx input codes, or refused before sending); never retried. */
    INPUT,
    /** Credentials, permissions or configuration are wrong (invalid_client, 6, 14, ...); an administrator must act. */
    CONFIGURATION,
    /** The task ran and Baidu reported it Failed, or it did not finish within the configured maximum wait. */
    TASK_FAILED
}
