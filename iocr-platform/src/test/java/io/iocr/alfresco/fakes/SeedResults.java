package io.iocr.alfresco.fakes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.iocr.client.model.RecognitionResponse;
import io.iocr.client.model.TaskResult;

/** The seed's get_result success example, verbatim from the fixtures, re-addressed to a task id. */
public final class SeedResults {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SeedResults() {
    }

    public static RecognitionResponse invoiceSuccess(String taskId) {
        try (InputStream in = SeedResults.class.getResourceAsStream("/fixtures/seed/get-result-success.json")) {
            RecognitionResponse seed = JSON.readValue(in, RecognitionResponse.class);
            TaskResult task = seed.taskResult();
            return new RecognitionResponse(seed.errorCode(), seed.errorMsg(), seed.logId(),
                    new TaskResult(taskId, task.status(), task.reason(), task.created(), task.started(),
                            task.finished(), task.duration()),
                    seed.wordsResultNum(), seed.wordsResult());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
