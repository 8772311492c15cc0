package io.iocr.client;

/**
 * Paces calls to one endpoint evenly: consecutive permits are at least {@code 1/qps} apart (plus the configured
 * headroom), so the server never sees more than {@code qps} calls in any one-second window and there are no
 * bursts after idle periods. Thread-safe: each caller reserves the next free slot under a lock and then sleeps
 * outside it until its slot. {@link #drain()} is called when the server still reports QPS exceeded (code 18):
 * it leaves the next second empty, like dropping the permits left in the current period.
 */
public final class RateLimiter {

    private static final long ONE_SECOND = 1_000_000_000L;

    private final String name;
    private final long intervalNanos;
    private final TimeSource time;
    private long nextFreeNanos;
    private boolean started;

    /**
     * @param name            the endpoint, for messages
     * @param qps             the server's limit, requests per second
     * @param headroomPercent pace this much under the limit, to absorb network and scheduling jitter
     */
    public RateLimiter(String name, double qps, double headroomPercent, TimeSource time) {
        if (!(qps > 0)) {
            throw new IllegalArgumentException("qps of rate limiter '" + name + "' must be positive, was " + qps);
        }
        this.name = name;
        this.intervalNanos = (long) Math.ceil(ONE_SECOND / qps * (1 + headroomPercent / 100.0));
        this.time = time;
    }

    /** Blocks until the caller may send one request. */
    public void acquire() throws InterruptedException {
        long waitNanos = reserve();
        time.sleepNanos(waitNanos);
    }

    /** Reserves the next slot and returns how long the caller must wait for it. */
    synchronized long reserve() {
        long now = time.nanoTime();
        if (!started || now - nextFreeNanos > 0) {
            started = true;
            nextFreeNanos = now;
        }
        long slot = nextFreeNanos;
        nextFreeNanos = slot + intervalNanos;
        return slot - now;
    }

    /** The server still throttled us: send nothing more through this limiter for the next second. */
    public synchronized void drain() {
        long now = time.nanoTime();
        long resume = now + ONE_SECOND;
        if (!started || resume - nextFreeNanos > 0) {
            started = true;
            nextFreeNanos = resume;
        }
    }

    public long intervalNanos() {
        return intervalNanos;
    }

    @Override
    public String toString() {
        return "RateLimiter{" + name + ", interval=" + intervalNanos / 1_000_000.0 + " ms}";
    }
}
