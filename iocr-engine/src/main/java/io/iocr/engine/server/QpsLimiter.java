package io.iocr.engine.server;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;

/** A sliding one-second window per endpoint: the emulation of Baidu's QPS limits (error 18). */
final class QpsLimiter {

    private final int perSecond;
    private final Clock clock;
    private final Deque<Long> recent = new ArrayDeque<>();

    QpsLimiter(int perSecond, Clock clock) {
        this.perSecond = perSecond;
        this.clock = clock;
    }

    synchronized void acquire() {
        long now = clock.millis();
        while (!recent.isEmpty() && now - recent.peekFirst() >= 1000) {
            recent.pollFirst();
        }
        if (recent.size() >= perSecond) {
            throw BaiduError.qpsLimit();
        }
        recent.addLast(now);
    }
}
