package io.iocr.client;

import java.util.concurrent.TimeUnit;

/**
 * Monotonic time and sleeping, injected into the rate limiters, retries and token cache so that tests can run
 * them without waiting. {@link #SYSTEM} is the real clock.
 */
public interface TimeSource {

    TimeSource SYSTEM = new TimeSource() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            if (nanos > 0) {
                TimeUnit.NANOSECONDS.sleep(nanos);
            }
        }
    };

    /** Monotonic nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Blocks the calling thread for {@code nanos} (nothing when not positive). */
    void sleepNanos(long nanos) throws InterruptedException;
}
