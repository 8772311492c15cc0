package io.iocr.engine.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30) // a stage that waits for work nobody will do fails here rather than hanging the build
class PoolTasksTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> new Thread(runnable, "helper"));
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopThePool() {
        release.countDown();
        pool.shutdownNow();
    }

    @Test
    void runsEveryTaskExactlyOnceOnTheCallingThreadAndThePool() {
        AtomicInteger[] runs = counters(40);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Runnable> tasks = new ArrayList<>();
        for (AtomicInteger count : runs) {
            tasks.add(() -> {
                threads.add(Thread.currentThread().getName());
                count.incrementAndGet();
                sleepMillis(5); // long enough for a helper to wake and take a share
            });
        }

        PoolTasks.run(pool, 2, tasks, "Counting");

        assertThat(runs).allSatisfy(count -> assertThat(count).hasValue(1));
        assertThat(threads).contains(Thread.currentThread().getName(), "helper");
    }

    @Test
    void theCallingThreadDoesEveryTaskWhenThePoolIsBusyWithAnotherPage() {
        pool.submit(() -> release.await(1, TimeUnit.MINUTES));
        pool.submit(() -> release.await(1, TimeUnit.MINUTES));
        AtomicInteger[] runs = counters(6);
        List<Runnable> tasks = new ArrayList<>();
        for (AtomicInteger count : runs) {
            tasks.add(count::incrementAndGet);
        }

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> PoolTasks.run(pool, 2, tasks, "Counting"));

        assertThat(runs).allSatisfy(count -> assertThat(count).hasValue(1));
    }

    @Test
    void aFailingTaskFailsTheStageAsItWasAndTasksNotYetStartedDoNotRun() {
        IllegalStateException failure = new IllegalStateException("the model failed");
        AtomicInteger ranAfter = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> {
            throw failure;
        });
        for (int i = 0; i < 5; i++) {
            tasks.add(ranAfter::incrementAndGet);
        }

        assertThatThrownBy(() -> PoolTasks.run(null, 0, tasks, "Counting")).isSameAs(failure);
        assertThat(ranAfter).hasValue(0);
    }

    @Test
    void aCheckedFailureSaysWhatTheStageWasDoing() {
        List<Runnable> tasks = List.of(() -> sneakyThrow(new java.io.IOException("disk gone")));

        assertThatThrownBy(() -> PoolTasks.run(pool, 1, tasks, "Recognising lines"))
                .isInstanceOf(OcrException.class)
                .hasMessage("Recognising lines failed")
                .hasRootCauseMessage("disk gone");
    }

    private static AtomicInteger[] counters(int n) {
        AtomicInteger[] counters = new AtomicInteger[n];
        for (int i = 0; i < n; i++) {
            counters[i] = new AtomicInteger();
        }
        return counters;
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
        throw (E) e;
    }
}
