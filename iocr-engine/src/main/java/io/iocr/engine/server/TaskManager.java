package io.iocr.engine.server;

import io.iocr.client.model.PageResult;
import io.iocr.client.model.TaskStatus;
import io.iocr.engine.document.DocumentException;
import io.iocr.engine.document.DocumentKind;
import io.iocr.engine.document.DocumentPage;
import io.iocr.engine.document.DocumentReader;
import io.iocr.engine.extract.PageRecognizer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognition tasks: a bounded worker pool with a bounded queue, a task table, and a sweeper that forgets
 * finished tasks after the result TTL. A task is Running from submission until its result is stored (Baidu's
 * status has no separate "queued").
 */
final class TaskManager implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TaskManager.class);
    private static final char[] ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    /** A snapshot of one task. {@code pages} is set once Success; {@code reason} once Failed. */
    record Task(String id, TaskStatus status, String reason, Instant created, Instant started, Instant finished,
                List<PageResult> pages) {
    }

    /** What to recognise. */
    record Job(DocumentKind kind, byte[] bytes, String templateSign, String fileName) {
    }

    private final Map<String, Task> tasks = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService sweeper;
    private final DocumentReader reader;
    private final PageRecognizer recognizer;
    private final Duration resultTtl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TaskManager(int workerCount, int queueCapacity, Duration resultTtl, DocumentReader reader,
                PageRecognizer recognizer, Clock clock) {
        this.reader = reader;
        this.recognizer = recognizer;
        this.resultTtl = resultTtl;
        this.clock = clock;
        this.workers = new ThreadPoolExecutor(workerCount, workerCount, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(queueCapacity), named("iocr-engine-worker"));
        this.sweeper = Executors.newSingleThreadScheduledExecutor(named("iocr-engine-sweeper"));
        long period = Math.max(1, Math.min(60, resultTtl.toSeconds() / 2));
        sweeper.scheduleAtFixedRate(this::sweep, period, period, TimeUnit.SECONDS);
    }

    /** Queues the job; throws error 4 when the queue is full. */
    String submit(Job job) {
        String id = newId();
        tasks.put(id, new Task(id, TaskStatus.RUNNING, "", clock.instant(), null, null, null));
        try {
            workers.execute(() -> run(id, job));
        } catch (RejectedExecutionException e) {
            tasks.remove(id);
            throw BaiduError.requestLimit();
        }
        return id;
    }

    Optional<Task> get(String id) {
        return Optional.ofNullable(tasks.get(id));
    }

    private void run(String id, Job job) {
        Task queued = tasks.get(id);
        if (queued == null) {
            return;
        }
        Instant started = clock.instant();
        tasks.put(id, new Task(id, TaskStatus.RUNNING, "", queued.created(), started, null, null));
        try {
            List<DocumentPage> pages = reader.pages(job.kind(), job.bytes());
            List<PageResult> results = new ArrayList<>(pages.size());
            for (DocumentPage page : pages) {
                results.add(recognizer.recognise(page, job.templateSign()));
            }
            tasks.put(id, new Task(id, TaskStatus.SUCCESS, "", queued.created(), started, clock.instant(),
                    List.copyOf(results)));
            LOG.info("Task {} ({}, {} page(s)) done in {} ms", id, job.fileName(), results.size(),
                    Duration.between(started, clock.instant()).toMillis());
        } catch (DocumentException e) {
            LOG.warn("Task {} ({}) failed: {}", id, job.fileName(), e.getMessage());
            tasks.put(id, new Task(id, TaskStatus.FAILED, e.getMessage(), queued.created(), started,
                    clock.instant(), null));
        } catch (RuntimeException e) {
            if (workers.isShutdown()) {
                LOG.debug("Task {} ({}) stopped: the engine is shutting down", id, job.fileName());
                return;
            }
            LOG.error("Task {} ({}) failed", id, job.fileName(), e);
            tasks.put(id, new Task(id, TaskStatus.FAILED, "recognize error: " + e.getMessage(), queued.created(),
                    started, clock.instant(), null));
        }
    }

    void sweep() {
        Instant limit = clock.instant().minus(resultTtl);
        tasks.values().removeIf(t -> t.finished() != null && t.finished().isBefore(limit));
    }

    private String newId() {
        StringBuilder id = new StringBuilder("task-");
        for (int i = 0; i < 16; i++) {
            id.append(ID_CHARS[random.nextInt(ID_CHARS.length)]);
        }
        return id.toString();
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
