package io.iocr.client;

import io.iocr.client.model.RecognitionResponse;
import io.iocr.client.model.TaskStatus;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for submitted tasks without a sleeping thread per document, for standalone use (command line, bench;
 * the repository keeps its polling state on the node instead). Each {@link #await(String)} schedules polls on a
 * shared {@link ScheduledExecutorService}: the first after {@code initialPollDelay}, then at
 * {@code pollInterval}, growing by {@code pollIntervalGrowth} up to {@code pollIntervalMax}. Polls share the
 * client's get_result rate limiter, so any number of tasks stays within {@code pollQps}.
 *
 * <p>The future completes with the Success response; or exceptionally with an {@link IocrException}:
 * {@link ErrorCategory#TASK_FAILED} when Baidu reports Failed (carrying {@code task_result.reason}) or the task
 * is not final within {@code maxWait}, or the category of a poll that failed for good (quota, configuration,
 * token, input). A poll that failed transiently (after the client's own retries) is simply repeated at the next
 * interval. Cancelling the future stops its polling.
 */
public final class IocrPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IocrPoller.class);

    private final IocrClient client;
    private final IocrClientConfig config;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final TimeSource time;

    /** Polls on {@code scheduler}, which the caller owns and shuts down. */
    public IocrPoller(IocrClient client, IocrClientConfig config, ScheduledExecutorService scheduler,
            TimeSource time) {
        this(client, config, scheduler, time, false);
    }

    private IocrPoller(IocrClient client, IocrClientConfig config, ScheduledExecutorService scheduler,
            TimeSource time, boolean ownsScheduler) {
        this.client = Objects.requireNonNull(client, "client");
        this.config = Objects.requireNonNull(config, "config");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.time = Objects.requireNonNull(time, "time");
        this.ownsScheduler = ownsScheduler;
    }

    /**
     * A poller with its own scheduler of {@code threads} daemon threads (a poll blocks its thread for one HTTP
     * call and the rate limiter's wait, so a few threads serve thousands of tasks); {@link #close()} stops it.
     */
    public static IocrPoller withOwnScheduler(IocrClient client, IocrClientConfig config, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        AtomicInteger count = new AtomicInteger();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "iocr-poller-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new IocrPoller(client, config, scheduler, TimeSource.SYSTEM, true);
    }

    /** Starts polling {@code taskId}, counting {@code maxWait} from now (call it right after the submit). */
    public CompletableFuture<RecognitionResponse> await(String taskId) {
        Objects.requireNonNull(taskId, "taskId");
        Polling polling = new Polling(taskId, time.nanoTime() + config.maxWait().toNanos());
        long first = Math.min(config.initialPollDelay().toNanos(), config.maxWait().toNanos());
        polling.schedule(first);
        return polling.future;
    }

    private final class Polling implements Runnable {
        private final String taskId;
        private final long deadlineNanos;
        private final CompletableFuture<RecognitionResponse> future = new CompletableFuture<>();
        private long nextIntervalNanos = config.pollInterval().toNanos();
        private int polls;
        private String lastState = "not polled yet";

        Polling(String taskId, long deadlineNanos) {
            this.taskId = taskId;
            this.deadlineNanos = deadlineNanos;
        }

        void schedule(long delayNanos) {
            try {
                scheduler.schedule(this, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                future.completeExceptionally(e);
            }
        }

        @Override
        public void run() {
            if (future.isDone()) {
                return; // cancelled by the caller
            }
            polls++;
            try {
                RecognitionResponse response = client.getResult(taskId);
                TaskStatus status = response.status();
                if (status == TaskStatus.SUCCESS) {
                    future.complete(response);
                    return;
                }
                if (status == TaskStatus.FAILED) {
                    future.completeExceptionally(taskFailed(response));
                    return;
                }
                lastState = "status " + status.wireName();
            } catch (IocrException e) {
                if (e.category() != ErrorCategory.TRANSIENT) {
                    future.completeExceptionally(e);
                    return;
                }
                lastState = "last poll failed: " + e.getMessage();
                LOG.debug("Polling {} failed transiently; polling again later: {}", taskId, e.getMessage());
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
                return;
            }
            scheduleNext();
        }

        private void scheduleNext() {
            long remaining = deadlineNanos - time.nanoTime();
            if (remaining <= 0) {
                future.completeExceptionally(new IocrException(ErrorCategory.TASK_FAILED, null, null, null,
                        "Task " + taskId + " did not finish within " + describe(config.maxWait()) + " (" + polls
                                + " polls, " + lastState + "); raise " + IocrClientConfig.MAX_WAIT_MS
                                + " if Baidu is this slow", null));
                return;
            }
            long delay = Math.min(nextIntervalNanos, remaining);
            nextIntervalNanos = Math.min((long) (nextIntervalNanos * config.pollIntervalGrowth()),
                    config.pollIntervalMax().toNanos());
            schedule(delay);
        }

        private IocrException taskFailed(RecognitionResponse response) {
            String reason = response.taskResult() == null ? null : response.taskResult().reason();
            String why = reason == null || reason.isBlank() ? "no reason given" : reason;
            return new IocrException(ErrorCategory.TASK_FAILED, null, reason, response.logId(),
                    "Baidu could not recognise the document of task " + taskId + ": " + why, null);
        }
    }

    private static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** Stops the scheduler when this poller created it; pending futures then never complete. */
    @Override
    public void close() {
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
    }
}
