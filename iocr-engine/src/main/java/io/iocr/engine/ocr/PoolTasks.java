package io.iocr.engine.ocr;

import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work a stage handed to the engine's thread pool. */
final class PoolTasks {

    private PoolTasks() {
    }

    /**
     * Waits for {@code task}; its own runtime failure is rethrown as it was, anything else as an {@link OcrException}
     * saying what the stage was {@code doing}.
     */
    static void await(Future<?> task, String doing) {
        try {
            task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new OcrException(doing + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("Interrupted while " + doing.toLowerCase(Locale.ROOT), e);
        }
    }
}
