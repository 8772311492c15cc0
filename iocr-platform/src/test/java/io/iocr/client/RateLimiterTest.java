package io.iocr.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final long MS = 1_000_000L;

    /** A clock that moves only when told; sleeping is not under test here, the reserved start times are. */
    private static final class ManualTime implements TimeSource {
        final AtomicLong now = new AtomicLong(1_000_000_000L);

        @Override
        public long nanoTime() {
            return now.get();
        }

        @Override
        public void sleepNanos(long nanos) {
            // start times are read from the reservations
        }

        void advanceMillis(long millis) {
            now.addAndGet(millis * MS);
        }
    }

    private final ManualTime time = new ManualTime();

    /** Reserves, "sends" at the start time and gets the answer {@code latencyMillis} later. */
    private long startAndAnswer(RateLimiter limiter, long latencyMillis) {
        RateLimiter.Reservation reservation = limiter.tryReserve();
        time.now.set(Math.max(time.now.get(), reservation.startNanos));
        time.advanceMillis(latencyMillis);
        reservation.release();
        return reservation.startNanos;
    }

    @Test
    void spacesRequestsEvenlyAtTheConfiguredRate() {
        RateLimiter limiter = new RateLimiter("get_result", 10, 0, time);
        long t0 = time.nanoTime();

        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            starts.add(limiter.tryReserve().startNanos - t0);
        }

        assertThat(starts).containsExactly(0L, 100 * MS, 200 * MS, 300 * MS, 400 * MS);
    }

    @Test
    void headroomLengthensTheSpacing() {
        assertThat(new RateLimiter("submit", 2, 2, time).intervalNanos()).isEqualTo(510 * MS);
        assertThat(new RateLimiter("submit", 2, 0, time).intervalNanos()).isEqualTo(500 * MS);
    }

    @Test
    void theNextRequestAfterAFullWindowStartsOneSecondAfterTheOldestAnswer() {
        RateLimiter limiter = new RateLimiter("submit", 2, 0, time);
        long t0 = time.nanoTime();

        long first = startAndAnswer(limiter, 40);
        long second = startAndAnswer(limiter, 40);
        long third = startAndAnswer(limiter, 40);

        assertThat(first - t0).isZero();
        assertThat(second - t0).isEqualTo(500 * MS);
        // Not at 1000 ms: the first answer came at 40 ms and the server may have received it as late as that.
        assertThat(third - t0).isEqualTo(1040 * MS);
    }

    @Test
    void aRequestWaitsWhileEveryPermitIsInFlight() {
        RateLimiter limiter = new RateLimiter("submit", 2, 0, time);
        RateLimiter.Reservation a = limiter.tryReserve();
        limiter.tryReserve();

        assertThat(limiter.tryReserve()).isNull();
        a.release();
        assertThat(limiter.tryReserve()).isNotNull();
    }

    @Test
    void doesNotBurstAfterAnIdlePeriod() {
        RateLimiter limiter = new RateLimiter("get_result", 10, 0, time);
        startAndAnswer(limiter, 1);
        time.advanceMillis(5000);
        long t0 = time.nanoTime();

        long a = startAndAnswer(limiter, 0);
        long b = startAndAnswer(limiter, 0);

        assertThat(a - t0).isZero();
        assertThat(b - a).isEqualTo(100 * MS);
    }

    @Test
    void drainStartsNothingDuringTheNextSecond() {
        RateLimiter limiter = new RateLimiter("submit", 10, 0, time);
        startAndAnswer(limiter, 1);
        long t0 = time.nanoTime();

        limiter.drain();

        assertThat(limiter.tryReserve().startNanos - t0).isEqualTo(1000 * MS);
    }

    @Test
    void permitsAreTheWholeRequestsPerSecondAtLeastOne() {
        assertThat(new RateLimiter("a", 2.5, 0, time).permits()).isEqualTo(2);
        assertThat(new RateLimiter("b", 0.5, 0, time).permits()).isEqualTo(1);
        assertThat(new RateLimiter("b", 0.5, 0, time).intervalNanos()).isEqualTo(2000 * MS);
    }

    @Test
    void concurrentCallersGetDistinctStartsAtLeastOneIntervalApart() throws Exception {
        RateLimiter limiter = new RateLimiter("get_result", 1000, 0, TimeSource.SYSTEM);
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    for (int i = 0; i < 50; i++) {
                        RateLimiter.Permit permit = limiter.acquire();
                        starts.add(((RateLimiter.Reservation) permit).startNanos);
                        permit.release();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
            threads.add(thread);
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        List<Long> sorted = new ArrayList<>(starts);
        Collections.sort(sorted);
        assertThat(sorted).hasSize(400);
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i) - sorted.get(i - 1)).isGreaterThanOrEqualTo(MS);
        }
    }
}
