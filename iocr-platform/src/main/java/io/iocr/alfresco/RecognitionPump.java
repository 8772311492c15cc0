package io.iocr.alfresco;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.lock.JobLockService;
import org.alfresco.repo.lock.LockAcquisitionException;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.iocr.client.DocumentSource;
import io.iocr.client.ErrorCategory;
import io.iocr.client.ImageSize;
import io.iocr.client.IocrClient;
import io.iocr.client.IocrException;
import io.iocr.client.SubmitRequest;
import io.iocr.client.model.RecognitionResponse;
import io.iocr.mapping.MappedResult;
import io.iocr.mapping.ResultMapper;

/**
 * Makes every iOCR call of the repository. A cycle ({@link #runCycle}, started by the scheduled job every few
 * seconds and woken by {@link #kick} when work arrives) first takes the cluster-wide lock
 * {@code {sys}iocr.recognitionPump} through the {@link JobLockService}: only the repository node holding it calls
 * iOCR, so the client's rate limiter (2 submits and 10 polls per second by default) is the account's limit for the
 * whole cluster. Holding the lock, it submits PENDING documents that the recognise action validated (and
 * validates those whose action was lost in a restart), and polls SUBMITTED ones when due; submitting and polling
 * run side by side so polls never slow submissions. Each state change is written in its own retrying
 * transaction as the system user; no transaction is open while iOCR is called. The node state is the only
 * queue: after a crash the next cycle, on any node, carries on from it, and a document whose task id is on the
 * node is polled, never submitted again.
 */
public class RecognitionPump {

    private static final Logger LOG = LoggerFactory.getLogger(RecognitionPump.class);

    /** The cluster lock; held only while a cycle runs. */
    public static final QName LOCK = QName.createQName(NamespaceService.SYSTEM_MODEL_1_0_URI, "iocr.recognitionPump");

    private IocrClient client;
    private ResultMapper mapper;
    private RecognitionStore store;
    private RecognitionQueue queue;
    private JobLockService jobLockService;
    private TransactionService transactionService;
    private PlatformSupport platform;
    private PipelineSettings settings;
    private Clock clock = Clock.systemUTC();
    private ObjectMapper json = new ObjectMapper();
    private PipelineMonitor monitor;

    private final ReentrantLock cycleLock = new ReentrantLock();
    private final AtomicBoolean rerun = new AtomicBoolean();
    private final AtomicBoolean kickQueued = new AtomicBoolean();
    private final Map<NodeRef, PollSchedule> polls = new ConcurrentHashMap<>();
    private final Map<NodeRef, Instant> retryNotBefore = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;
    private ScheduledFuture<?> nextWake;
    private volatile boolean stopped;

    /** When to poll a task next. */
    private record PollSchedule(String taskId, Instant due, int polls) {
    }

    /** What a submission needs, read in a short read-only transaction. */
    private record Submission(NodeRef node, java.util.Date requested, String template, String classifier,
            String fileName, int attempts) {
    }

    /** The cluster lock was lost (expired or taken): the cycle stops making calls at once. */
    private static final class LockLost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LockLost(Throwable cause) {
            super(cause);
        }
    }

    public void setClient(IocrClient client) {
        this.client = client;
    }

    public void setMapper(ResultMapper mapper) {
        this.mapper = mapper;
    }

    public void setStore(RecognitionStore store) {
        this.store = store;
    }

    public void setQueue(RecognitionQueue queue) {
        this.queue = queue;
    }

    public void setJobLockService(JobLockService jobLockService) {
        this.jobLockService = jobLockService;
    }

    public void setTransactionService(TransactionService transactionService) {
        this.transactionService = transactionService;
    }

    public void setPlatform(PlatformSupport platform) {
        this.platform = platform;
    }

    public void setSettings(PipelineSettings settings) {
        this.settings = settings;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public void setObjectMapper(ObjectMapper json) {
        this.json = json;
    }

    public PipelineMonitor monitor() {
        return monitor;
    }

    public void init() {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(jobLockService, "jobLockService");
        Objects.requireNonNull(transactionService, "transactionService");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(settings, "settings");
        monitor = new PipelineMonitor(clock);
        scheduler = Executors.newScheduledThreadPool(3, runnable -> {
            Thread thread = new Thread(runnable, "iocr-pump");
            thread.setDaemon(true);
            return thread;
        });
        stopped = false;
    }

    /** Stops the pump's threads; in-flight work stays on the nodes and resumes at the next start. */
    public void destroy() {
        stopped = true;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Wakes the pump soon (after a commit queued work); coalesces with a wake-up already pending. */
    public void kick() {
        if (stopped || !kickQueued.compareAndSet(false, true)) {
            rerun.set(true);
            return;
        }
        try {
            scheduler.execute(() -> {
                kickQueued.set(false);
                runCycle();
            });
        } catch (RuntimeException rejected) {
            kickQueued.set(false);
        }
    }

    /**
     * One cycle: takes the cluster lock (or returns at once when another node or thread holds it), then submits
     * and polls until nothing is due. Called by the scheduled job; never throws.
     */
    public void runCycle() {
        if (stopped || !settings.pipelineEnabled()) {
            return; // iocr.pipeline.enabled=false: documents wait in their state
        }
        if (!cycleLock.tryLock()) {
            rerun.set(true); // the running cycle looks again before it ends
            return;
        }
        try {
            String token = acquireLock();
            monitor.cycle(token != null);
            if (token == null) {
                return;
            }
            LockKeeper keeper = new LockKeeper(token);
            try {
                do {
                    rerun.set(false);
                    AtomicBoolean submitting = new AtomicBoolean(true);
                    Future<?> polling = scheduler.submit(() -> pollWhile(keeper, submitting));
                    try {
                        submitReady(keeper);
                    } finally {
                        submitting.set(false);
                    }
                    waitFor(polling);
                } while (rerun.get() && !stopped);
            } catch (LockLost lost) {
                LOG.warn("iOCR: lost the cluster lock {}; another repository node carries on", LOCK);
            } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                LOG.debug("iOCR: the pump is stopping; the cycle ends");
            } finally {
                keeper.release();
            }
            scheduleNextPoll();
        } catch (RuntimeException e) {
            LOG.error("iOCR: recognition cycle failed; the next cycle retries", e);
        } finally {
            cycleLock.unlock();
        }
    }

    private String acquireLock() {
        try {
            return platform.runAsSystem(() -> jobLockService.getLock(LOCK, settings.lockTimeToLive().toMillis()));
        } catch (LockAcquisitionException heldElsewhere) {
            return null;
        }
    }

    /**
     * Keeps the cluster lock while a cycle runs: refreshed every third of its time to live by a timer (so that a
     * slow iOCR call cannot outlive it) and checked before every call; a failed refresh stops the cycle's calls.
     */
    private final class LockKeeper {
        private final String token;
        private volatile boolean lost;
        private ScheduledFuture<?> timer;

        LockKeeper(String token) {
            this.token = token;
            long period = Math.max(100, settings.lockTimeToLive().toMillis() / 3);
            timer = scheduler.scheduleAtFixedRate(this::renew, period, period, TimeUnit.MILLISECONDS);
        }

        /** Before each iOCR call: stop at once when the lock is gone or the pump stops. */
        void refresh() {
            if (stopped || lost) {
                throw new LockLost(null);
            }
        }

        private synchronized void renew() {
            if (lost) {
                return;
            }
            try {
                platform.runAsSystem(() -> {
                    jobLockService.refreshLock(token, LOCK, settings.lockTimeToLive().toMillis());
                    return null;
                });
            } catch (RuntimeException e) {
                lost = true;
                LOG.warn("iOCR: could not refresh the cluster lock {}: {}", LOCK, e.getMessage());
            }
        }

        synchronized void release() {
            timer.cancel(false);
            if (lost) {
                return;
            }
            try {
                platform.runAsSystem(() -> {
                    jobLockService.releaseLock(token, LOCK);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.debug("iOCR: releasing {} failed; it expires on its own", LOCK, e);
            }
        }
    }

    // --- submitting ---------------------------------------------------------------------------------------------

    private void submitReady(LockKeeper keeper) {
        resumeStalePending();
        while (!stopped && monitor.pause() == null) {
            List<Submission> batch = readyForSubmission();
            if (batch.isEmpty()) {
                return;
            }
            for (Submission submission : batch) {
                if (stopped || monitor.pause() != null) {
                    return;
                }
                keeper.refresh();
                submit(submission);
            }
        }
    }

    /** PENDING nodes whose recognise action never ran (lost with the in-memory queue) are validated here. */
    private void resumeStalePending() {
        Instant staleBefore = clock.instant().minus(settings.stalePending());
        List<NodeRecognition> stale = inTransaction(true, () -> {
            List<NodeRecognition> found = new ArrayList<>();
            for (NodeRef node : store.find(RecognitionStatus.PENDING, settings.batchSize())) {
                NodeRecognition state = store.read(node);
                if (state != null && state.queued() == null
                        && (state.requested() == null || state.requested().toInstant().isBefore(staleBefore))) {
                    found.add(state);
                }
            }
            return found;
        });
        for (NodeRecognition state : stale) {
            LOG.info("iOCR: resuming {}, PENDING since {} without its queued action", state.nodeRef(),
                    state.requested());
            inTransaction(false, () -> {
                queue.prepare(state.nodeRef(), state.template(), state.classifier(), false);
                return null;
            });
        }
    }

    private List<Submission> readyForSubmission() {
        Instant now = clock.instant();
        return inTransaction(true, () -> {
            List<NodeRecognition> ready = new ArrayList<>();
            // A window larger than the batch, so documents waiting for a retry cannot starve the others.
            for (NodeRef node : store.find(RecognitionStatus.PENDING, settings.batchSize() * 10)) {
                NodeRecognition state = store.read(node);
                Instant notBefore = retryNotBefore.get(node);
                if (state != null && state.isReadyForSubmission() && (notBefore == null || !now.isBefore(notBefore))) {
                    ready.add(state);
                }
            }
            ready.sort(Comparator.comparing(NodeRecognition::queued));
            List<Submission> batch = new ArrayList<>();
            for (NodeRecognition state : ready.subList(0, Math.min(ready.size(), settings.batchSize()))) {
                ContentData content = store.content(state.nodeRef());
                Serializable name = store.nodeService().getProperty(state.nodeRef(), ContentModel.PROP_NAME);
                batch.add(new Submission(state.nodeRef(), state.requested(), state.template(), state.classifier(),
                        fileName(name == null ? "document" : name.toString(),
                                content == null ? null : content.getMimetype()),
                        state.attempts()));
            }
            return batch;
        });
    }

    private void submit(Submission submission) {
        NodeRef node = submission.node();
        DocumentSource source = () -> platform.runAsSystem(
                () -> store.contentService().getReader(node, ContentModel.PROP_CONTENT)).getContentInputStream();
        SubmitRequest request = new SubmitRequest(submission.fileName(), source, null, submission.template(),
                submission.template() == null ? submission.classifier() : null);
        String taskId;
        try {
            monitor.submitCall();
            taskId = client.submit(request);
        } catch (IocrException e) {
            onSubmitError(submission, e);
            return;
        } catch (RuntimeException e) {
            onSubmitError(submission, new IocrException(ErrorCategory.TRANSIENT, null, null, null,
                    "The document could not be sent to iOCR: " + e.getMessage(), e));
            return;
        }
        retryNotBefore.remove(node);
        boolean recorded = inTransaction(false, () -> {
            NodeRecognition state = store.read(node);
            if (state == null || state.status() != RecognitionStatus.PENDING
                    || !Objects.equals(state.requested(), submission.requested())) {
                return false; // deleted or re-requested (new content) while it was being sent
            }
            store.markSubmitted(node, taskId, state.attempts() + 1);
            return true;
        });
        if (recorded) {
            monitor.submitted();
            polls.put(node, new PollSchedule(taskId, clock.instant().plus(settings.pollInitialDelay()), 0));
            LOG.debug("iOCR: submitted {} as task {}", node, taskId);
        } else {
            LOG.info("iOCR: {} changed while it was submitted; task {} is ignored", node, taskId);
        }
    }

    private void onSubmitError(Submission submission, IocrException e) {
        NodeRef node = submission.node();
        String category = e.category().name();
        monitor.error(node.toString(), category, e.baiduCode(), e.getMessage());
        switch (e.category()) {
            case QUOTA -> {
                pauseSubmissions(settings.quotaPause(), e, "The iOCR account's quota is used up");
                inTransaction(false, () -> {
                    store.recordRetry(node, submission.attempts(), category, e.baiduCode(),
                            "Waiting: the iOCR quota is used up. " + e.getMessage());
                    return null;
                });
            }
            case CONFIGURATION, TOKEN -> {
                pauseSubmissions(settings.configurationPause(), e, "iOCR rejects the credentials or configuration");
                inTransaction(false, () -> {
                    store.recordRetry(node, submission.attempts(), category, e.baiduCode(),
                            "Waiting for an administrator: " + e.getMessage());
                    return null;
                });
            }
            case INPUT, TASK_FAILED -> {
                monitor.failed();
                inTransaction(false, () -> {
                    store.markFailed(node, category, e.baiduCode(), e.getMessage());
                    return null;
                });
            }
            default -> {
                if ("18".equals(e.baiduCode())) {
                    monitor.throttled();
                }
                int attempts = submission.attempts() + 1;
                if (attempts >= settings.maxAttempts()) {
                    monitor.failed();
                    inTransaction(false, () -> {
                        store.markFailed(node, category, e.baiduCode(), "Gave up after " + attempts
                                + " attempts: " + e.getMessage());
                        return null;
                    });
                } else {
                    monitor.retried();
                    retryNotBefore.put(node, clock.instant().plus(retryDelay(attempts)));
                    inTransaction(false, () -> {
                        store.recordRetry(node, attempts, category, e.baiduCode(), "Will retry: " + e.getMessage());
                        return null;
                    });
                }
            }
        }
    }

    private void pauseSubmissions(Duration duration, IocrException e, String reason) {
        Instant now = clock.instant();
        monitor.pause(new PipelineMonitor.Pause(now, now.plus(duration), e.category().name(), e.baiduCode(),
                reason + ": " + e.getMessage()));
        LOG.warn("iOCR: submissions paused for {} minutes. {}: {}", duration.toMinutes(), reason, e.getMessage());
    }

    /** The configured delay (10 s by default), doubling per attempt, at most 10 minutes. */
    private Duration retryDelay(int attempts) {
        long millis = settings.retryDelay().toMillis() << Math.min(attempts - 1, 16);
        return Duration.ofMillis(Math.min(millis, Duration.ofMinutes(10).toMillis()));
    }

    // --- polling ------------------------------------------------------------------------------------------------

    /**
     * Polls what is due, again and again while submissions run (a long submission run must not delay the results
     * of the tasks it already started), then once more; later polls are woken by {@link #scheduleNextPoll}.
     */
    private void pollWhile(LockKeeper keeper, AtomicBoolean submitting) {
        do {
            pollDue(keeper);
            if (!submitting.get() || stopped) {
                return;
            }
            Instant earliest = polls.values().stream().map(PollSchedule::due).min(Comparator.naturalOrder())
                    .orElse(clock.instant().plus(settings.pollInterval()));
            long wait = Math.max(10, Math.min(Duration.between(clock.instant(), earliest).toMillis(), 250));
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (true);
    }

    private void pollDue(LockKeeper keeper) {
        List<NodeRecognition> submitted = inTransaction(true, () -> {
            List<NodeRecognition> states = new ArrayList<>();
            for (NodeRef node : store.find(RecognitionStatus.SUBMITTED, Integer.MAX_VALUE)) {
                NodeRecognition state = store.read(node);
                if (state != null && state.taskId() != null) {
                    states.add(state);
                }
            }
            return states;
        });
        polls.keySet().retainAll(submitted.stream().map(NodeRecognition::nodeRef).toList());
        for (NodeRecognition state : submitted) {
            if (stopped) {
                return;
            }
            PollSchedule schedule = polls.compute(state.nodeRef(), (node, existing) ->
                    existing != null && existing.taskId().equals(state.taskId()) ? existing : firstPoll(state));
            if (clock.instant().isBefore(schedule.due())) {
                continue;
            }
            keeper.refresh();
            poll(state, schedule);
        }
    }

    /** A task the pump has not seen yet (submitted before a restart, or by another node): first poll as due. */
    private PollSchedule firstPoll(NodeRecognition state) {
        Instant submitted = state.submitted() == null ? clock.instant() : state.submitted().toInstant();
        return new PollSchedule(state.taskId(), submitted.plus(settings.pollInitialDelay()), 0);
    }

    private void poll(NodeRecognition state, PollSchedule schedule) {
        NodeRef node = state.nodeRef();
        RecognitionResponse response;
        try {
            monitor.pollCall();
            response = client.getResult(state.taskId());
        } catch (IocrException e) {
            onPollError(state, schedule, e);
            return;
        } catch (RuntimeException e) {
            monitor.error(node.toString(), "TRANSIENT", null, e.getMessage());
            reschedule(node, schedule);
            return;
        }
        switch (response.status()) {
            case SUCCESS -> complete(state, response);
            case FAILED -> {
                String reason = response.taskResult() == null ? null : response.taskResult().reason();
                fail(state, "TASK_FAILED", null, "iOCR could not recognise the document"
                        + (reason == null || reason.isBlank() ? "" : ": " + reason));
            }
            default -> {
                Instant submitted = state.submitted() == null ? clock.instant() : state.submitted().toInstant();
                if (clock.instant().isAfter(submitted.plus(settings.maxWait()))) {
                    fail(state, "TASK_FAILED", null, "iOCR did not finish the task " + state.taskId() + " within "
                            + Math.max(1, settings.maxWait().toMinutes()) + " minutes");
                } else {
                    reschedule(node, schedule);
                }
            }
        }
    }

    private void onPollError(NodeRecognition state, PollSchedule schedule, IocrException e) {
        monitor.error(state.nodeRef().toString(), e.category().name(), e.baiduCode(), e.getMessage());
        switch (e.category()) {
            case INPUT, TASK_FAILED -> fail(state, e.category().name(), e.baiduCode(), e.getMessage());
            case QUOTA -> {
                pauseSubmissions(settings.quotaPause(), e, "The iOCR account's quota is used up");
                reschedule(state.nodeRef(), schedule);
            }
            default -> reschedule(state.nodeRef(), schedule);
        }
    }

    private void reschedule(NodeRef node, PollSchedule schedule) {
        int polled = schedule.polls() + 1;
        polls.put(node, new PollSchedule(schedule.taskId(), clock.instant().plus(pollInterval(polled)), polled));
    }

    /** After the first poll: the poll interval, growing by the configured factor up to the maximum. */
    Duration pollInterval(int polled) {
        double millis = settings.pollInterval().toMillis() * Math.pow(settings.pollGrowth(), polled - 1);
        return Duration.ofMillis((long) Math.min(millis, Math.max(settings.pollInterval().toMillis(),
                settings.pollMaxInterval().toMillis())));
    }

    private void complete(NodeRecognition state, RecognitionResponse response) {
        NodeRef node = state.nodeRef();
        MappedResult mapped = mapper.map(response, state.template());
        List<RecognitionResultDocument.PageSize> pages = inTransaction(true, () -> pageSizes(node));
        RecognitionResultDocument document = RecognitionResultDocument.of(response, mapped, pages, json);
        boolean written = inTransaction(false, () -> {
            NodeRecognition current = store.read(node);
            if (current == null || current.status() != RecognitionStatus.SUBMITTED
                    || !state.taskId().equals(current.taskId())) {
                return false; // re-requested or deleted meanwhile: this result is of older content
            }
            store.writeResult(node, document, store.checksum(node), new ArrayList<>(document.warningLines()));
            return true;
        });
        polls.remove(node);
        if (written) {
            monitor.succeeded();
            LOG.debug("iOCR: {} recognised as {}", node, mapped.docType());
        }
    }

    private void fail(NodeRecognition state, String category, String code, String message) {
        polls.remove(state.nodeRef());
        monitor.failed();
        inTransaction(false, () -> {
            NodeRecognition current = store.read(state.nodeRef());
            if (current != null && current.status() == RecognitionStatus.SUBMITTED
                    && state.taskId().equals(current.taskId())) {
                store.markFailed(state.nodeRef(), category, code, message);
            }
            return null;
        });
    }

    /** Wakes the pump when the earliest scheduled poll is due, instead of waiting for the next job run. */
    private void scheduleNextPoll() {
        Instant earliest = polls.values().stream().map(PollSchedule::due).min(Comparator.naturalOrder()).orElse(null);
        if (earliest == null || stopped) {
            return;
        }
        long delay = Math.max(0, Duration.between(clock.instant(), earliest).toMillis());
        synchronized (this) {
            if (nextWake != null) {
                nextWake.cancel(false);
            }
            try {
                nextWake = scheduler.schedule(this::runCycle, delay, TimeUnit.MILLISECONDS);
            } catch (RuntimeException rejected) {
                nextWake = null;
            }
        }
    }

    /**
     * Maps the stored raw result again (after a mapping file changed) and rewrites the recognised values, without
     * an iOCR call; user-edited values stay. Runs in the caller's transaction, as the system user.
     *
     * @return false when the node has no stored result to re-map
     */
    public boolean remap(NodeRef node) {
        return platform.runAsSystem(() -> {
            NodeRecognition state = store.read(node);
            String raw = state == null || state.status() != RecognitionStatus.SUCCEEDED ? null : store.rawResult(node);
            if (raw == null) {
                return false;
            }
            RecognitionResponse response;
            try {
                response = json.readValue(raw, RecognitionResponse.class);
            } catch (IOException unreadable) {
                return false;
            }
            MappedResult mapped = mapper.map(response, state.template());
            String locations = (String) store.nodeService().getProperty(node, IocrModel.PROP_FIELD_LOCATIONS);
            RecognitionResultDocument document = RecognitionResultDocument.of(response, mapped,
                    RecognitionResultDocument.pages(locations, json), json);
            store.writeResult(node, document, state.checksum(), new ArrayList<>(document.warningLines()));
            return true;
        });
    }

    /** Number of tasks this node is polling. */
    public int tasksInFlight() {
        return polls.size();
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** The page size of an image, read from its header; unknown (empty) for PDF and OFD. */
    private List<RecognitionResultDocument.PageSize> pageSizes(NodeRef node) {
        ContentReader reader = store.contentService().getReader(node, ContentModel.PROP_CONTENT);
        if (reader == null || !reader.exists() || reader.getMimetype() == null
                || !reader.getMimetype().startsWith("image/")) {
            return List.of();
        }
        try (InputStream in = reader.getContentInputStream()) {
            ImageSize size = ImageSize.read(in);
            return size == null ? List.of() : List.of(new RecognitionResultDocument.PageSize(1, size.width(),
                    size.height()));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** iOCR requires the file name's extension to match the real type: add one when the name lacks it. */
    static String fileName(String name, String mimetype) {
        String extension = switch (mimetype == null ? "" : mimetype.toLowerCase(Locale.ROOT)) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/bmp" -> "bmp";
            case "application/pdf" -> "pdf";
            case "application/ofd" -> "ofd";
            default -> null;
        };
        if (extension == null) {
            return name;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean matches = lower.endsWith("." + extension) || (extension.equals("jpg") && lower.endsWith(".jpeg"));
        return matches ? name : name + "." + extension;
    }

    private <T> T inTransaction(boolean readOnly, Supplier<T> work) {
        return platform.runAsSystem(() -> transactionService.getRetryingTransactionHelper()
                .doInTransaction(work::get, readOnly, true));
    }

    private static void waitFor(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LockLost lost) {
                throw lost;
            }
            LOG.error("iOCR: polling failed; the next cycle retries", e.getCause());
        }
    }
}
