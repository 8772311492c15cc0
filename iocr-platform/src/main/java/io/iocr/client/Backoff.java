package io.iocr.client;

import java.time.Duration;
import java.util.Random;

/**
 * How long to wait before attempt {@code n + 1} after attempt {@code n} failed. Ordinary transient failures use
 * exponential backoff with full jitter (uniform in {@code [0, min(max, base·2^(n-1))]}) so that many clients do
 * not retry in step; throttling (Baidu code 18) uses a larger base and "equal jitter" (at least half the
 * exponential value) so a throttled client always steps back noticeably. The randomness is injected.
 */
public final class Backoff {

    private final long baseNanos;
    private final long throttleBaseNanos;
    private final long maxNanos;
    private final Random random;

    public Backoff(Duration base, Duration throttleBase, Duration max, Random random) {
        this.baseNanos = base.toNanos();
        this.throttleBaseNanos = throttleBase.toNanos();
        this.maxNanos = max.toNanos();
        this.random = random;
    }

    public static Backoff from(IocrClientConfig config, Random random) {
        return new Backoff(config.backoffBase(), config.throttleBackoffBase(), config.backoffMax(), random);
    }

    /** The delay after failed attempt {@code attempt} (1-based) in nanoseconds. */
    public long delayNanos(int attempt, boolean throttled) {
        long ceiling = exponential(throttled ? throttleBaseNanos : baseNanos, attempt);
        double r;
        synchronized (random) {
            r = random.nextDouble();
        }
        return throttled ? ceiling / 2 + (long) (r * (ceiling - ceiling / 2)) : (long) (r * ceiling);
    }

    private long exponential(long base, int attempt) {
        int shift = Math.min(Math.max(attempt - 1, 0), 30);
        double value = (double) base * (1L << shift);
        return (long) Math.min(value, (double) maxNanos);
    }
}
