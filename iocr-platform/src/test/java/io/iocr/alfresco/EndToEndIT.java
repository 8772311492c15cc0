package io.iocr.alfresco;

import static io.iocr.alfresco.PipelineFixtures.awaitStatus;
import static io.iocr.alfresco.PipelineFixtures.png;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Properties;

import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.iocr.alfresco.harness.HarnessRepository;
import io.iocr.alfresco.harness.HarnessSecurity;
import io.iocr.alfresco.harness.RepositoryState;
import io.iocr.client.HttpIocrClient;
import io.iocr.client.testserver.Endpoint;
import io.iocr.client.testserver.Fault;
import io.iocr.client.testserver.IocrTestServer;
import io.iocr.mapping.MappingCatalog;
import io.iocr.mapping.MappingFileResultMapper;

/**
 * The repository integration end to end: the in-process repository, the real HTTP client and mapping, and the
 * iOCR protocol test server on loopback (QPS limits, task durations, injected faults).
 */
class EndToEndIT {

    private IocrTestServer server;
    private HttpIocrClient client;
    private HarnessRepository repo;

    @BeforeEach
    void startServer() {
        server = IocrTestServer.start(IocrTestServer.Options.defaults()
                .withTaskDurations(Duration.ofMillis(200), Duration.ofMillis(600)));
        client = new HttpIocrClient(server.clientConfig()
                .initialPollDelay(Duration.ofMillis(150))
                .pollInterval(Duration.ofMillis(100))
                .pollIntervalMax(Duration.ofMillis(400))
                .backoffBase(Duration.ofMillis(20))
                .backoffMax(Duration.ofMillis(200))
                .throttleBackoffBase(Duration.ofMillis(100))
                .build());
    }

    @AfterEach
    void stop() {
        if (repo != null) {
            repo.close();
        }
        client.close();
        server.close();
    }

    private HarnessRepository start(RepositoryState state) {
        Properties properties = new Properties();
        properties.setProperty("iocr.client.initialPollDelayMs", "150");
        properties.setProperty("iocr.client.pollIntervalMs", "100");
        properties.setProperty("iocr.client.pollIntervalMaxMs", "400");
        properties.setProperty("iocr.pipeline.lockTtlSeconds", "2");
        properties.setProperty("iocr.pipeline.retryDelayMillis", "50");
        properties.setProperty("iocr.pipeline.stalePendingSeconds", "0");
        repo = HarnessRepository.start(state, new HarnessRepository.Config(client,
                new MappingFileResultMapper(MappingCatalog.shipped()), PipelineSettings.from(properties),
                Duration.ofMillis(200), 4));
        return repo;
    }

    private static Date day(int year, int month, int day) {
        return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @Test
    void anInvoiceUploadedIntoAMarkedFolderGetsTypedFieldsFromTheProtocolServer() {
        start(new RepositoryState());
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");

        NodeRef scan = repo.upload("alice", folder, "invoice.png", "image/png", png(800, 500));

        awaitStatus(repo, scan, RecognitionStatus.SUCCEEDED);
        assertThat(repo.property(scan, repo.dictionary.resolve("iocr:invoiceNumber"))).isEqualTo("07285251");
        assertThat(repo.property(scan, repo.dictionary.resolve("iocr:invoiceCode"))).isEqualTo("3321192130");
        assertThat(repo.property(scan, repo.dictionary.resolve("iocr:invoiceDate"))).isEqualTo(day(2019, 8, 28));
        assertThat(repo.property(scan, repo.dictionary.resolve("iocr:totalAmount"))).isEqualTo(360.0);
        assertThat(repo.property(scan, repo.dictionary.resolve("iocr:buyerName")))
                .isEqualTo("百度在线网络技术(北京)有限公司");
        assertThat(repo.property(scan, repo.dictionary.resolve("iocr:sellerName"))).isEqualTo("阿里云计算有限公司");
        assertThat(repo.property(scan, IocrModel.PROP_DOC_TYPE)).isNotNull();
        assertThat(server.acceptedSubmits()).isEqualTo(1);
        assertThat(server.receivedSubmits().get(0).fields()).containsEntry("templateSign", "vat_invoice")
                .containsEntry("file_name", "invoice.png");
        assertThat(server.qpsViolations()).isZero();
        assertThat(repo.as(HarnessSecurity.SYSTEM, () -> repo.store.rawResult(scan))).contains("task_result");
    }

    @Test
    void aRestartWhileTasksRunResumesThemWithoutSubmittingAnyDocumentTwice() {
        server.setTaskDurations(Duration.ofSeconds(2), Duration.ofSeconds(3));
        RepositoryState state = new RepositoryState();
        start(state);
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");
        NodeRef first = repo.upload("alice", folder, "a.png", "image/png", png(300, 200));
        NodeRef second = repo.upload("alice", folder, "b.png", "image/png", png(301, 200));
        awaitStatus(repo, first, RecognitionStatus.SUBMITTED);
        repo.actionServiceImpl.hold();
        NodeRef third = repo.upload("alice", folder, "c.png", "image/png", png(302, 200));

        repo.crash();
        PipelineFixtures.await("the lock of the dead node to expire", Duration.ofSeconds(5),
                () -> !repo.jobLocks.isHeld(RecognitionPump.LOCK));
        start(state);

        for (NodeRef node : new NodeRef[] {first, second, third}) {
            awaitStatus(repo, node, RecognitionStatus.SUCCEEDED);
        }
        assertThat(server.acceptedSubmits()).isEqualTo(3);
        assertThat(server.maxAcceptedSubmitsOfOneDocument()).isEqualTo(1);
    }

    @Test
    void transientFaultsOnBothEndpointsAreRecoveredWithoutDuplicates() {
        server.injectNext(Endpoint.SUBMIT, 2, Fault.internalError());
        server.injectNext(Endpoint.SUBMIT, 1, Fault.httpStatus(500));
        server.injectNext(Endpoint.RESULT, 2, Fault.httpStatus(502));
        server.injectRandomly(Endpoint.RESULT, 0.2, 7, Fault.internalError(), Fault.malformedJson(),
                Fault.qpsExceeded());
        start(new RepositoryState());
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");

        NodeRef[] scans = new NodeRef[6];
        for (int i = 0; i < scans.length; i++) {
            scans[i] = repo.upload("alice", folder, "scan" + i + ".png", "image/png", png(200 + i, 150));
        }

        for (NodeRef scan : scans) {
            awaitStatus(repo, scan, RecognitionStatus.SUCCEEDED);
        }
        assertThat(server.acceptedSubmits()).isEqualTo(scans.length);
        assertThat(server.maxAcceptedSubmitsOfOneDocument()).isEqualTo(1);
        assertThat(server.faultsInjected(Endpoint.SUBMIT)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anInputErrorFailsTheDocumentWithBaidusCodeAndAClearMessage() {
        server.injectNext(Endpoint.SUBMIT, 1, Fault.imageFormatError());
        start(new RepositoryState());
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");

        NodeRef scan = repo.upload("alice", folder, "scan.png", "image/png", png(200, 150));

        awaitStatus(repo, scan, RecognitionStatus.FAILED);
        assertThat(repo.property(scan, IocrModel.PROP_ERROR_CODE)).isEqualTo("216201");
        assertThat((String) repo.property(scan, IocrModel.PROP_ERROR_MESSAGE)).isNotBlank().contains("216201");
        assertThat(server.acceptedSubmits()).isZero();
    }

    @Test
    void aFailedTaskFailsTheDocumentWithIocrsReason() {
        server.failNextTasks(1, "document is blurred");
        start(new RepositoryState());
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");

        NodeRef scan = repo.upload("alice", folder, "scan.png", "image/png", png(200, 150));

        awaitStatus(repo, scan, RecognitionStatus.FAILED);
        assertThat((String) repo.property(scan, IocrModel.PROP_ERROR_MESSAGE)).contains("document is blurred");
    }

    @Test
    void aReRunKeepsWhatTheUserEditedAndTheGetIsDeniedWithoutReadAccess() {
        start(new RepositoryState());
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");
        NodeRef scan = repo.upload("alice", folder, "scan.png", "image/png", png(200, 150));
        awaitStatus(repo, scan, RecognitionStatus.SUCCEEDED);
        repo.inTransaction("alice", () -> {
            repo.nodeService.setProperty(scan, repo.dictionary.resolve("iocr:sellerName"), "阿里云（杭州）");
            return null;
        });

        assertThat(WebScriptCall.onNode(repo, repo.rerunWebScript, "alice", scan, null).status()).isEqualTo(202);
        PipelineFixtures.await("the second submission", Duration.ofSeconds(30), () -> server.acceptedSubmits() == 2);
        awaitStatus(repo, scan, RecognitionStatus.SUCCEEDED);

        assertThat(repo.property(scan, repo.dictionary.resolve("iocr:sellerName"))).isEqualTo("阿里云（杭州）");
        assertThat(repo.property(scan, repo.dictionary.resolve("iocr:buyerName")))
                .isEqualTo("百度在线网络技术(北京)有限公司");
        assertThat(WebScriptCall.onNode(repo, repo.getWebScript, "mallory", scan, null).status()).isEqualTo(403);
    }

    @Test
    void aRolledBackUploadQueuesNothingAndCallsNothing() throws InterruptedException {
        start(new RepositoryState());
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");

        try {
            repo.inTransaction("alice", () -> {
                repo.createDocument(folder, "scan.png", "image/png", png(200, 150));
                throw new IllegalStateException("virus scanner rejected the upload");
            });
        } catch (IllegalStateException expected) {
            // the upload failed
        }
        repo.pump.runCycle();

        assertThat(repo.actionServiceImpl.awaitIdle(2000)).isTrue();
        assertThat(repo.actionServiceImpl.queuedCount()).isZero();
        assertThat(server.requests(Endpoint.SUBMIT)).isZero();
    }
}
