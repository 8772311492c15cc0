package io.iocr.alfresco;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the pump has done on this repository node, for the admin status web script: counters, calls in the last
 * minute, the last errors and the submission pause (quota or configuration). Thread-safe.
 */
public class PipelineMonitor {

    private static final int MAX_ERRORS = 20;
    private static final long WINDOW_MILLIS = 60_000;

    /** One error worth an administrator's attention. */
    public record ErrorEntry(Instant time, String nodeRef, String category, String code, String message) {
    }

    /** Submissions are paused until {@code until} because of {@code reason}. */
    public record Pause(Instant since, Instant until, String category, String code, String reason) {
    }

    private final Clock clock;
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final Deque<Long> submitCalls = new ArrayDeque<>();
    private final Deque<Long> pollCalls = new ArrayDeque<>();
    private final Deque<ErrorEntry> errors = new ArrayDeque<>();
    private volatile Pause pause;
    private volatile Instant lastCycle;
    private volatile boolean lockHeld;

    public PipelineMonitor(Clock clock) {
        this.clock = clock;
    }

    public void submitCall() {
        record(submitCalls);
    }

    public void pollCall() {
        record(pollCalls);
    }

    public void submitted() {
        submitted.incrementAndGet();
    }

    public void succeeded() {
        succeeded.incrementAndGet();
    }

    public void failed() {
        failed.incrementAndGet();
    }

    public void retried() {
        retried.incrementAndGet();
    }

    /** Baidu answered "QPS exceeded" (code 18) even after the client's retries. */
    public void throttled() {
        throttled.incrementAndGet();
    }

    public synchronized void error(String nodeRef, String category, String code, String message) {
        errors.addFirst(new ErrorEntry(clock.instant(), nodeRef, category, code, message));
        while (errors.size() > MAX_ERRORS) {
            errors.removeLast();
        }
    }

    public synchronized List<ErrorEntry> lastErrors() {
        return new ArrayList<>(errors);
    }

    public void pause(Pause newPause) {
        this.pause = newPause;
    }

    /** The current pause, or null when submissions run (an expired pause is cleared). */
    public Pause pause() {
        Pause current = pause;
        if (current != null && !clock.instant().isBefore(current.until())) {
            pause = null;
            return null;
        }
        return current;
    }

    public void cycle(boolean holdsLock) {
        lastCycle = clock.instant();
        lockHeld = holdsLock;
    }

    public Instant lastCycle() {
        return lastCycle;
    }

    public boolean lockHeld() {
        return lockHeld;
    }

    public long submittedCount() {
        return submitted.get();
    }

    public long succeededCount() {
        return succeeded.get();
    }

    public long failedCount() {
        return failed.get();
    }

    public long retriedCount() {
        return retried.get();
    }

    public long throttledCount() {
        return throttled.get();
    }

    public synchronized int submitCallsLastMinute() {
        return trim(submitCalls);
    }

    public synchronized int pollCallsLastMinute() {
        return trim(pollCalls);
    }

    private synchronized void record(Deque<Long> calls) {
        calls.addLast(clock.millis());
        trim(calls);
    }

    private int trim(Deque<Long> calls) {
        long oldest = clock.millis() - WINDOW_MILLIS;
        while (!calls.isEmpty() && calls.peekFirst() < oldest) {
            calls.removeFirst();
        }
        return calls.size();
    }
}
