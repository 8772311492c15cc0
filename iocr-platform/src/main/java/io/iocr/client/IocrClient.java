package io.iocr.client;

import io.iocr.client.model.RecognitionResponse;

/**
 * The two calls of the asynchronous iOCR protocol. Implementations are thread-safe, share one access token and
 * one rate limiter among all callers, retry transient failures themselves and throw {@link IocrException}
 * (whose {@link IocrException#category()} tells the caller what to do) when a call cannot succeed.
 */
public interface IocrClient {

    /**
     * Validates and submits a document to {@code .../universal/request}.
     *
     * @return the task id Baidu assigned
     * @throws IocrException when the document is refused (before or after sending) or the call fails
     */
    String submit(SubmitRequest request);

    /**
     * One call of {@code .../universal/get_result}; the task may still be running.
     *
     * @throws IocrException when the call fails
     */
    RecognitionResponse getResult(String taskId);
}
