package io.iocr.client;

import java.util.Arrays;

/**
 * Keeps the calls to one endpoint within the server's QPS limit as the server measures it: no more than
 * {@code floor(qps)} requests arrive in any one-second window. Two rules, both enforced for every permit:
 * <ul>
 *   <li>smooth spacing: consecutive requests start at least {@code 1/qps} apart (plus the optional headroom),
 *       so there are no bursts, also not after an idle period;</li>
 *   <li>window: a request occupies one of {@code floor(qps)} permits from its start until one second after its
 *       answer arrived. The server receives a request somewhere between its start and its answer, so the
 *       {@code n+1}-th request, starting at least one second after the {@code 1}st one's answer, cannot share a
 *       server-side window with it, whatever the network and thread scheduling jitter.</li>
 * </ul>
 * Thread-safe: callers reserve under a lock and sleep outside it until their start time. Callers must
 * {@link Permit#release()} each permit once the answer (or the failure) arrived. {@link #drain()} is called when
 * the server still reports QPS exceeded (code 18): nothing starts during the next second.
 */
public final class RateLimiter {

    private static final long ONE_SECOND = 1_000_000_000L;
    private static final long IN_FLIGHT = Long.MAX_VALUE;

    /** One admitted request; release it when its answer or failure arrived. */
    public interface Permit {
        void release();
    }

    private final String name;
    private final long intervalNanos;
    private final TimeSource time;
    private final long[] freeAt;
    private long lastStartNanos;
    private long blockedUntilNanos = Long.MIN_VALUE;
    private boolean started;

    /**
     * @param name            the endpoint, for messages
     * @param qps             the server's limit, requests per second
     * @param headroomPercent lengthen the spacing by this much (0 is safe: the window rule absorbs jitter)
     */
    public RateLimiter(String name, double qps, double headroomPercent, TimeSource time) {
        if (!(qps > 0)) {
            throw new IllegalArgumentException("qps of rate limiter '" + name + "' must be positive, was " + qps);
        }
        this.name = name;
        this.intervalNanos = (long) Math.ceil(ONE_SECOND / qps * (1 + headroomPercent / 100.0));
        this.time = time;
        this.freeAt = new long[Math.max(1, (int) Math.floor(qps))];
        Arrays.fill(freeAt, Long.MIN_VALUE);
    }

    /** Blocks until the caller may send one request. */
    public Permit acquire() throws InterruptedException {
        Reservation reservation;
        synchronized (this) {
            while ((reservation = tryReserve()) == null) {
                wait(); // every permit is in flight: wait for an answer
            }
        }
        time.sleepNanos(reservation.startNanos - time.nanoTime());
        return reservation;
    }

    /** Reserves a permit and its start time, or returns null when every permit is in flight. */
    synchronized Reservation tryReserve() {
        int slot = -1;
        for (int i = 0; i < freeAt.length; i++) {
            if (freeAt[i] != IN_FLIGHT && (slot < 0 || freeAt[i] < freeAt[slot])) {
                slot = i;
            }
        }
        if (slot < 0) {
            return null;
        }
        long start = time.nanoTime();
        start = later(start, freeAt[slot]);
        if (started) {
            start = later(start, lastStartNanos + intervalNanos);
        }
        start = later(start, blockedUntilNanos);
        started = true;
        lastStartNanos = start;
        freeAt[slot] = IN_FLIGHT;
        return new Reservation(slot, start);
    }

    private synchronized void release(int slot) {
        freeAt[slot] = time.nanoTime() + ONE_SECOND;
        notifyAll();
    }

    /** The server still throttled us: start nothing through this limiter during the next second. */
    public synchronized void drain() {
        blockedUntilNanos = later(blockedUntilNanos, time.nanoTime() + ONE_SECOND);
    }

    public long intervalNanos() {
        return intervalNanos;
    }

    /** The number of requests allowed in one second: {@code floor(qps)}, at least 1. */
    public int permits() {
        return freeAt.length;
    }

    /** The later of two nanoTime values; Long.MIN_VALUE means "never". */
    private static long later(long a, long b) {
        if (a == Long.MIN_VALUE) {
            return b;
        }
        if (b == Long.MIN_VALUE) {
            return a;
        }
        return a - b >= 0 ? a : b;
    }

    @Override
    public String toString() {
        return "RateLimiter{" + name + ", " + freeAt.length + " per second, spacing " + intervalNanos / 1_000_000.0
                + " ms}";
    }

    final class Reservation implements Permit {
        final int slot;
        final long startNanos;
        private boolean released;

        Reservation(int slot, long startNanos) {
            this.slot = slot;
            this.startNanos = startNanos;
        }

        @Override
        public void release() {
            synchronized (RateLimiter.this) {
                if (released) {
                    return;
                }
                released = true;
            }
            RateLimiter.this.release(slot);
        }
    }
}
