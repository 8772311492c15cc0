package io.iocr.alfresco;

import static io.iocr.alfresco.PipelineFixtures.awaitStatus;
import static io.iocr.alfresco.PipelineFixtures.png;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Properties;

import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.iocr.alfresco.fakes.FakeIocrClient;
import io.iocr.mapping.MappingCatalog;
import io.iocr.mapping.MappingFileResultMapper;
import io.iocr.alfresco.fakes.SeedResults;
import io.iocr.alfresco.harness.HarnessRepository;
import io.iocr.alfresco.harness.RepositoryState;
import io.iocr.client.ErrorCategory;

/** Crashes, faults and limits: the node state carries the pipeline through all of them. */
class PipelineResilienceIT {

    private final FakeIocrClient iocr = new FakeIocrClient(s -> SeedResults.invoiceSuccess(s.taskId()));
    private HarnessRepository repo;

    @AfterEach
    void stop() {
        if (repo != null) {
            repo.close();
        }
    }

    private HarnessRepository start(RepositoryState state, Properties overrides) {
        Properties properties = new Properties();
        properties.setProperty("iocr.client.initialPollDelayMs", "50");
        properties.setProperty("iocr.client.pollIntervalMs", "50");
        properties.setProperty("iocr.pipeline.lockTtlSeconds", "2");
        properties.setProperty("iocr.pipeline.retryDelayMillis", "20");
        properties.putAll(overrides);
        repo = HarnessRepository.start(state, new HarnessRepository.Config(iocr, new MappingFileResultMapper(MappingCatalog.shipped()),
                PipelineSettings.from(properties), Duration.ofMillis(100), 2));
        return repo;
    }

    @Test
    void aCrashWhileTheTaskRunsResumesPollingTheSameTaskWithoutSubmittingAgain() {
        iocr.runningPolls(1_000_000);
        RepositoryState state = new RepositoryState();
        start(state, new Properties());
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");
        NodeRef scan = repo.upload("alice", folder, "scan.png", "image/png", png(100, 100));
        awaitStatus(repo, scan, RecognitionStatus.SUBMITTED);
        String taskId = (String) repo.property(scan, IocrModel.PROP_TASK_ID);

        repo.crash();
        iocr.finishRunningTasks();
        PipelineFixtures.await("the crashed node's lock to expire", Duration.ofSeconds(5),
                () -> !repo.jobLocks.isHeld(RecognitionPump.LOCK));
        start(state, new Properties());

        awaitStatus(repo, scan, RecognitionStatus.SUCCEEDED);
        assertThat(iocr.submissions()).hasSize(1);
        assertThat(repo.property(scan, IocrModel.PROP_TASK_ID)).isEqualTo(taskId);
    }

    @Test
    void aCrashBeforeTheQueuedActionRanIsResumedFromThePendingNodeAndSubmittedOnce() {
        RepositoryState state = new RepositoryState();
        start(state, new Properties());
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");
        repo.actionServiceImpl.hold();
        NodeRef scan = repo.upload("alice", folder, "scan.png", "image/png", png(100, 100));
        assertThat(PipelineFixtures.status(repo, scan)).isEqualTo(RecognitionStatus.PENDING);

        repo.crash(); // the in-memory action queue is lost
        Properties staleAtOnce = new Properties();
        staleAtOnce.setProperty("iocr.pipeline.stalePendingSeconds", "0");
        start(state, staleAtOnce);

        awaitStatus(repo, scan, RecognitionStatus.SUCCEEDED);
        assertThat(iocr.submissions()).hasSize(1);
        assertThat(repo.actionServiceImpl.queuedCount()).isZero();
    }

    @Test
    void transientSubmitFailuresAreRetriedUntilTheDocumentIsRecognised() {
        iocr.failNextSubmit(ErrorCategory.TRANSIENT, "18", "Open api qps request limit reached")
                .failNextSubmit(ErrorCategory.TRANSIENT, "282000", "internal error");
        start(new RepositoryState(), new Properties());
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");

        NodeRef scan = repo.upload("alice", folder, "scan.png", "image/png", png(100, 100));

        awaitStatus(repo, scan, RecognitionStatus.SUCCEEDED);
        assertThat(iocr.submissions()).hasSize(1);
        assertThat(repo.property(scan, IocrModel.PROP_ATTEMPTS)).isEqualTo(3);
        assertThat(repo.property(scan, IocrModel.PROP_ERROR_MESSAGE)).isNull();
        assertThat(repo.pump.monitor().retriedCount()).isEqualTo(2);
    }

    @Test
    void transientFailuresBeyondTheAttemptLimitFailTheDocument() {
        Properties twoAttempts = new Properties();
        twoAttempts.setProperty("iocr.pipeline.maxAttempts", "2");
        iocr.failNextSubmit(ErrorCategory.TRANSIENT, null, "connection reset")
                .failNextSubmit(ErrorCategory.TRANSIENT, null, "connection reset");
        start(new RepositoryState(), twoAttempts);
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");

        NodeRef scan = repo.upload("alice", folder, "scan.png", "image/png", png(100, 100));

        awaitStatus(repo, scan, RecognitionStatus.FAILED);
        assertThat((String) repo.property(scan, IocrModel.PROP_ERROR_MESSAGE))
                .startsWith("Gave up after 2 attempts").contains("connection reset");
    }

    @Test
    void anInputErrorFailsTheDocumentAtOnceWithAClearMessage() {
        iocr.failNextSubmit(ErrorCategory.INPUT, "216201", "image format error");
        start(new RepositoryState(), new Properties());
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");

        NodeRef scan = repo.upload("alice", folder, "scan.png", "image/png", png(100, 100));

        awaitStatus(repo, scan, RecognitionStatus.FAILED);
        assertThat(repo.property(scan, IocrModel.PROP_ERROR_CODE)).isEqualTo("216201");
        assertThat(repo.property(scan, IocrModel.PROP_ERROR_CATEGORY)).isEqualTo("INPUT");
        assertThat((String) repo.property(scan, IocrModel.PROP_ERROR_MESSAGE))
                .contains("image format error").contains("216201");
        assertThat(iocr.submissions()).isEmpty();
    }

    @Test
    void aQuotaErrorPausesSubmissionsKeepsTheDocumentPendingAndShowsTheAdministrator() {
        iocr.failNextSubmit(ErrorCategory.QUOTA, "17", "Open api daily request limit reached");
        start(new RepositoryState(), new Properties());
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");

        NodeRef scan = repo.upload("alice", folder, "scan.png", "image/png", png(100, 100));

        PipelineFixtures.await("the pause", Duration.ofSeconds(30), () -> repo.pump.monitor().pause() != null);
        NodeRef second = repo.upload("alice", folder, "second.png", "image/png", png(90, 90));
        repo.pump.runCycle();
        assertThat(PipelineFixtures.status(repo, scan)).isEqualTo(RecognitionStatus.PENDING);
        assertThat(PipelineFixtures.status(repo, second)).isEqualTo(RecognitionStatus.PENDING);
        assertThat((String) repo.property(scan, IocrModel.PROP_ERROR_MESSAGE)).contains("quota");
        assertThat(iocr.submissions()).isEmpty();

        WebScriptCall.Reply status = WebScriptCall.call(repo, repo.adminStatusWebScript, "admin",
                java.util.Map.of(), null);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body().at("/quota/paused").asBoolean()).isTrue();
        assertThat(status.body().at("/quota/code").asText()).isEqualTo("17");
        assertThat(status.body().at("/counts/PENDING").asLong()).isEqualTo(2);
        assertThat(status.body().at("/lastErrors/0/code").asText()).isEqualTo("17");
    }

    @Test
    void aTaskThatIocrReportsFailedFailsTheDocumentWithTheReason() {
        FakeIocrClient failing = new FakeIocrClient(s -> new io.iocr.client.model.RecognitionResponse(0, "", "l",
                new io.iocr.client.model.TaskResult(s.taskId(), io.iocr.client.model.TaskStatus.FAILED,
                        "document is blurred", null, null, null, 1), null, null));
        repo = HarnessRepository.start(new HarnessRepository.Config(failing, new MappingFileResultMapper(MappingCatalog.shipped()),
                PipelineFixtures.fastSettings(), Duration.ofMillis(100), 2));
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");

        NodeRef scan = repo.upload("alice", folder, "scan.png", "image/png", png(100, 100));

        awaitStatus(repo, scan, RecognitionStatus.FAILED);
        assertThat((String) repo.property(scan, IocrModel.PROP_ERROR_MESSAGE)).contains("document is blurred");
    }

    @Test
    void withThePipelineDisabledDocumentsWaitAsPendingAndNothingIsSent() throws InterruptedException {
        Properties disabled = new Properties();
        disabled.setProperty("iocr.pipeline.enabled", "false");
        start(new RepositoryState(), disabled);
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");

        NodeRef scan = repo.upload("alice", folder, "scan.png", "image/png", png(100, 100));
        assertThat(repo.actionServiceImpl.awaitIdle(5000)).isTrue();
        repo.pump.runCycle();

        assertThat(PipelineFixtures.status(repo, scan)).isEqualTo(RecognitionStatus.PENDING);
        assertThat(repo.property(scan, IocrModel.PROP_QUEUED)).as("validated, waiting for the pump").isNotNull();
        assertThat(iocr.submissions()).isEmpty();
    }

    @Test
    void twoRepositoryNodesOnOneDatabaseNeverCallIocrAtTheSameTime() {
        ConcurrencyProbe probe = new ConcurrencyProbe(iocr, 5);
        RepositoryState state = new RepositoryState();
        HarnessRepository.Config config = new HarnessRepository.Config(probe, new MappingFileResultMapper(MappingCatalog.shipped()),
                PipelineFixtures.fastSettings(), Duration.ofMillis(20), 2);
        repo = HarnessRepository.start(state, config);
        try (HarnessRepository second = HarnessRepository.start(state, config)) {
            NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");
            NodeRef[] scans = new NodeRef[8];
            for (int i = 0; i < scans.length; i++) {
                HarnessRepository node = i % 2 == 0 ? repo : second;
                scans[i] = node.upload("alice", folder, "scan" + i + ".png", "image/png", png(60 + i, 60));
            }
            for (NodeRef scan : scans) {
                awaitStatus(repo, scan, RecognitionStatus.SUCCEEDED);
            }
        }
        assertThat(iocr.submissions()).hasSize(8);
        assertThat(probe.maxConcurrentCallsAcrossNodes()).isEqualTo(1);
    }

    @Test
    void aCallSlowerThanTheLockTimeToLiveKeepsTheLockSoNoOtherNodeCallsMeanwhile() {
        ConcurrencyProbe probe = new ConcurrencyProbe(iocr, 2500);
        Properties properties = new Properties();
        properties.setProperty("iocr.client.initialPollDelayMs", "50");
        properties.setProperty("iocr.client.pollIntervalMs", "50");
        properties.setProperty("iocr.pipeline.lockTtlSeconds", "2");
        HarnessRepository.Config config = new HarnessRepository.Config(probe,
                new MappingFileResultMapper(MappingCatalog.shipped()), PipelineSettings.from(properties),
                Duration.ofMillis(50), 2);
        RepositoryState state = new RepositoryState();
        repo = HarnessRepository.start(state, config);
        try (HarnessRepository second = HarnessRepository.start(state, config)) {
            NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");
            NodeRef a = repo.upload("alice", folder, "a.png", "image/png", png(60, 60));
            NodeRef b = second.upload("alice", folder, "b.png", "image/png", png(61, 60));
            awaitStatus(repo, a, RecognitionStatus.SUCCEEDED);
            awaitStatus(repo, b, RecognitionStatus.SUCCEEDED);
        }
        assertThat(iocr.submissions()).hasSize(2);
        assertThat(probe.maxConcurrentCallsAcrossNodes()).isEqualTo(1);
    }

    /** Wraps a client and records the most callers inside at once (submit and poll counted separately). */
    static final class ConcurrencyProbe implements io.iocr.client.IocrClient {
        private final io.iocr.client.IocrClient delegate;
        private final long callMillis;
        private final java.util.concurrent.atomic.AtomicInteger submitting = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger polling = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger max = new java.util.concurrent.atomic.AtomicInteger();

        ConcurrencyProbe(io.iocr.client.IocrClient delegate, long callMillis) {
            this.delegate = delegate;
            this.callMillis = callMillis;
        }

        int maxConcurrentCallsAcrossNodes() {
            return max.get();
        }

        @Override
        public String submit(io.iocr.client.SubmitRequest request) {
            max.accumulateAndGet(submitting.incrementAndGet(), Math::max);
            try {
                Thread.sleep(callMillis);
                return delegate.submit(request);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                submitting.decrementAndGet();
            }
        }

        @Override
        public io.iocr.client.model.RecognitionResponse getResult(String taskId) {
            max.accumulateAndGet(polling.incrementAndGet(), Math::max);
            try {
                Thread.sleep(callMillis);
                return delegate.getResult(taskId);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                polling.decrementAndGet();
            }
        }
    }
}
