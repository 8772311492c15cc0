package io.iocr.engine.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A stage's tasks shared between the calling thread and the engine's thread pool. */
final class PoolTasks {

    private PoolTasks() {
    }

    /**
     * Runs {@code tasks} on the calling thread and on up to {@code helpers} pool threads, each taking the next task
     * nobody has started, and returns when all are done. The calling thread works from the start rather than
     * waiting for the pool: pool threads may be busy with another page or slow to wake, and then it simply does
     * more of the tasks itself. The first failure is rethrown (a runtime exception as it was, anything else as an
     * {@link OcrException} saying what the stage was {@code doing}); tasks not yet started then do not run.
     *
     * @param pool null to run every task on the calling thread
     */
    static void run(ExecutorService pool, int helpers, List<? extends Runnable> tasks, String doing) {
        Shared shared = new Shared(tasks);
        List<Future<?>> helping = new ArrayList<>();
        int wanted = pool == null ? 0 : Math.min(helpers, tasks.size() - 1);
        for (int i = 0; i < wanted; i++) {
            helping.add(pool.submit(shared::drain));
        }
        try {
            shared.drain();
            shared.done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("Interrupted while " + doing.toLowerCase(Locale.ROOT), e);
        } finally {
            // a helper still queued behind other work has nothing left to take
            helping.forEach(future -> future.cancel(false));
        }
        Throwable failure = shared.failure.get();
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new OcrException(doing + " failed", failure);
        }
    }

    private static final class Shared {
        private final List<? extends Runnable> tasks;
        private final AtomicInteger next = new AtomicInteger();
        private final CountDownLatch done;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Shared(List<? extends Runnable> tasks) {
            this.tasks = tasks;
            this.done = new CountDownLatch(tasks.size());
        }

        void drain() {
            for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                try {
                    if (failure.get() == null) {
                        tasks.get(i).run();
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    done.countDown();
                }
            }
        }
    }
}
