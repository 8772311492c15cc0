package io.iocr.alfresco.fakes;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.iocr.client.ErrorCategory;
import io.iocr.client.IocrClient;
import io.iocr.client.IocrException;
import io.iocr.client.SubmitRequest;
import io.iocr.client.model.RecognitionResponse;
import io.iocr.client.model.TaskResult;
import io.iocr.client.model.TaskStatus;

/**
 * Replaces the HTTP iOCR client in unit-level tests of the adapter: records every submission (file name, bytes
 * read, model), answers polls Running until a task's configured number of polls has passed, then with the
 * result a function builds, and can be told to fail the next calls.
 */
public final class FakeIocrClient implements IocrClient {

    /** One submission as iOCR would have received it. */
    public record Submission(String taskId, String fileName, String templateSign, String classifierId, int bytes) {
    }

    private final List<Submission> submissions = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> pollsLeft = new ConcurrentHashMap<>();
    private final Deque<IocrException> submitFaults = new ArrayDeque<>();
    private final Function<Submission, RecognitionResponse> results;
    private volatile int runningPolls;

    public FakeIocrClient(Function<Submission, RecognitionResponse> results) {
        this.results = results;
    }

    public FakeIocrClient runningPolls(int count) {
        this.runningPolls = count;
        return this;
    }

    public synchronized FakeIocrClient failNextSubmit(ErrorCategory category, String code, String message) {
        submitFaults.add(new IocrException(category, code, message, "log-1", message, null));
        return this;
    }

    /** Tasks already submitted finish at their next poll. */
    public FakeIocrClient finishRunningTasks() {
        pollsLeft.values().forEach(left -> left.set(0));
        return this;
    }

    public List<Submission> submissions() {
        return List.copyOf(submissions);
    }

    @Override
    public String submit(SubmitRequest request) {
        IocrException fault;
        synchronized (this) {
            fault = submitFaults.poll();
        }
        if (fault != null) {
            throw fault;
        }
        int bytes;
        try (InputStream in = request.source().open()) {
            bytes = in.readAllBytes().length;
        } catch (IOException e) {
            throw new IocrException(ErrorCategory.TRANSIENT, null, null, null, "read failed", e);
        }
        String taskId = "task-" + (submissions.size() + 1) + "-" + System.nanoTime();
        submissions.add(new Submission(taskId, request.fileName(), request.templateSign(), request.classifierId(),
                bytes));
        pollsLeft.put(taskId, new AtomicInteger(runningPolls));
        return taskId;
    }

    @Override
    public RecognitionResponse getResult(String taskId) {
        AtomicInteger left = pollsLeft.get(taskId);
        if (left == null) {
            throw new IocrException(ErrorCategory.INPUT, "282000", "task not found", "log-2", "Unknown task", null);
        }
        if (left.getAndDecrement() > 0) {
            return new RecognitionResponse(0, "", "log", new TaskResult(taskId, TaskStatus.RUNNING, "", null, null,
                    null, 1), null, null);
        }
        Submission submission = submissions.stream().filter(s -> s.taskId().equals(taskId)).findFirst()
                .orElseThrow();
        return results.apply(submission);
    }
}
