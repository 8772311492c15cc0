package io.iocr.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** A clock that moves only when told, and records sleeps instead of sleeping. */
    private static final class ManualTime implements TimeSource {
        final AtomicLong now = new AtomicLong(1_000_000_000L);

        @Override
        public long nanoTime() {
            return now.get();
        }

        @Override
        public void sleepNanos(long nanos) {
            // Waiting is what is under test: callers read the reservation instead.
        }
    }

    private final ManualTime time = new ManualTime();

    @Test
    void spacesPermitsEvenlyAtTheConfiguredRate() {
        RateLimiter limiter = new RateLimiter("submit", 2, 0, time);

        assertThat(limiter.reserve()).isZero();
        assertThat(limiter.reserve()).isEqualTo(500_000_000L);
        assertThat(limiter.reserve()).isEqualTo(1_000_000_000L);
    }

    @Test
    void headroomPacesSlightlyUnderTheLimit() {
        RateLimiter limiter = new RateLimiter("submit", 2, 2, time);

        assertThat(limiter.intervalNanos()).isEqualTo(510_000_000L);
    }

    @Test
    void doesNotBurstAfterAnIdlePeriod() {
        RateLimiter limiter = new RateLimiter("get_result", 10, 0, time);
        limiter.reserve();
        time.now.addAndGet(5_000_000_000L);

        assertThat(limiter.reserve()).isZero();
        assertThat(limiter.reserve()).isEqualTo(100_000_000L);
        assertThat(limiter.reserve()).isEqualTo(200_000_000L);
    }

    @Test
    void drainLeavesTheNextSecondEmpty() {
        RateLimiter limiter = new RateLimiter("submit", 10, 0, time);
        limiter.reserve();

        limiter.drain();

        assertThat(limiter.reserve()).isEqualTo(1_000_000_000L);
    }

    @Test
    void concurrentCallersGetDistinctSlotsAtLeastOneIntervalApart() throws Exception {
        RateLimiter limiter = new RateLimiter("get_result", 10, 0, time);
        List<Long> slots = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < 50; i++) {
                    slots.add(time.nanoTime() + limiter.reserve());
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        List<Long> sorted = new ArrayList<>(slots);
        Collections.sort(sorted);
        assertThat(sorted).hasSize(400).doesNotHaveDuplicates();
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i) - sorted.get(i - 1)).isEqualTo(100_000_000L);
        }
    }
}
