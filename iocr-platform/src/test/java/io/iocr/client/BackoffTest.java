package io.iocr.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ofSeconds(5),
            new Random(1));

    @Test
    void fullJitterStaysUnderTheExponentialCeiling() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            long ceiling = Duration.ofMillis(100L << (attempt - 1)).toNanos();
            for (int i = 0; i < 200; i++) {
                assertThat(backoff.delayNanos(attempt, false)).isBetween(0L, ceiling);
            }
        }
    }

    @Test
    void delaysAreSpreadNotInStep() {
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 500; i++) {
            long delay = backoff.delayNanos(3, false);
            min = Math.min(min, delay);
            max = Math.max(max, delay);
        }
        assertThat(min).isLessThan(Duration.ofMillis(50).toNanos());
        assertThat(max).isGreaterThan(Duration.ofMillis(350).toNanos());
    }

    @Test
    void neverExceedsTheMaximum() {
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.delayNanos(30, false)).isLessThanOrEqualTo(Duration.ofSeconds(5).toNanos());
            assertThat(backoff.delayNanos(30, true)).isLessThanOrEqualTo(Duration.ofSeconds(5).toNanos());
        }
    }

    @Test
    void throttlingBacksOffLongerThanOrdinaryTransients() {
        for (int i = 0; i < 200; i++) {
            long throttled = backoff.delayNanos(1, true);
            assertThat(throttled).isBetween(Duration.ofMillis(500).toNanos(), Duration.ofMillis(1000).toNanos());
            assertThat(throttled).isGreaterThan(backoff.delayNanos(1, false));
        }
    }

    @Test
    void theSameSeedGivesTheSameDelays() {
        Backoff a = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(5), new Random(9));
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(5), new Random(9));

        for (int attempt = 1; attempt < 6; attempt++) {
            assertThat(a.delayNanos(attempt, attempt % 2 == 0)).isEqualTo(b.delayNanos(attempt, attempt % 2 == 0));
        }
    }
}
