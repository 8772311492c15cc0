package io.iocr.alfresco;

import static io.iocr.alfresco.PipelineFixtures.awaitStatus;
import static io.iocr.alfresco.PipelineFixtures.png;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.iocr.alfresco.fakes.FakeIocrClient;
import io.iocr.mapping.MappingCatalog;
import io.iocr.mapping.MappingFileResultMapper;
import io.iocr.alfresco.fakes.SeedResults;
import io.iocr.alfresco.harness.HarnessRepository;
import io.iocr.alfresco.harness.HarnessSecurity;

/** The folder behaviour and the pipeline behind it, with a scripted iOCR. */
class AutoRecognitionIT {

    private FakeIocrClient iocr;
    private HarnessRepository repo;

    @BeforeEach
    void start() {
        iocr = new FakeIocrClient(submission -> SeedResults.invoiceSuccess(submission.taskId())).runningPolls(1);
        repo = HarnessRepository.start(new HarnessRepository.Config(iocr, new MappingFileResultMapper(MappingCatalog.shipped()),
                PipelineFixtures.fastSettings(), Duration.ofMillis(100), 4));
    }

    @AfterEach
    void stop() {
        repo.close();
    }

    @Test
    void aDocumentUploadedIntoAMarkedFolderGetsTypedInvoiceFields() {
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");

        NodeRef scan = repo.upload("alice", folder, "scan.png", "image/png", png(320, 200));

        awaitStatus(repo, scan, RecognitionStatus.SUCCEEDED);
        assertThat(repo.property(scan, PipelineFixtures.invoiceNumber(repo))).isEqualTo("07285251");
        assertThat(repo.property(scan, PipelineFixtures.invoiceDate(repo))).isEqualTo(
                Date.from(LocalDate.of(2019, 8, 28).atStartOfDay(ZoneOffset.UTC).toInstant()));
        assertThat(repo.property(scan, PipelineFixtures.totalAmount(repo))).isEqualTo(360.0);
        assertThat(iocr.submissions()).singleElement().satisfies(s -> {
            assertThat(s.templateSign()).isEqualTo("vat_invoice");
            assertThat(s.fileName()).isEqualTo("scan.png");
        });
        assertThat(repo.property(scan, IocrModel.PROP_TASK_ID)).isEqualTo(iocr.submissions().get(0).taskId());
        assertThat(repo.as(HarnessSecurity.SYSTEM, () -> repo.store.rawResult(scan))).contains("07285251");
        assertThat((String) repo.property(scan, IocrModel.PROP_FIELD_LOCATIONS))
                .contains("\"width\":320").contains("\"height\":200");
    }

    @Test
    void aDocumentOutsideMarkedFoldersIsLeftAlone() throws InterruptedException {
        NodeRef plain = repo.createFolder(repo.companyHome(), "Plain");
        repo.grant(plain, "alice", "Collaborator");

        NodeRef scan = repo.upload("alice", plain, "scan.png", "image/png", png(100, 100));

        assertThat(repo.actionServiceImpl.awaitIdle(2000)).isTrue();
        assertThat(repo.property(scan, IocrModel.PROP_STATUS)).isNull();
        assertThat(repo.actionServiceImpl.queuedCount()).isZero();
        assertThat(iocr.submissions()).isEmpty();
    }

    @Test
    void anUnsupportedMimetypeIsMarkedUnsupportedWithTheReasonAndTheUploadSucceeds() {
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");

        NodeRef doc = repo.upload("alice", folder, "notes.txt", "text/plain", "hello".getBytes());

        assertThat(repo.property(doc, ContentModel.PROP_NAME)).isEqualTo("notes.txt");
        assertThat(PipelineFixtures.status(repo, doc)).isEqualTo(RecognitionStatus.UNSUPPORTED);
        assertThat((String) repo.property(doc, IocrModel.PROP_ERROR_MESSAGE)).contains("text/plain");
        assertThat(repo.actionServiceImpl.queuedCount()).isZero();
    }

    @Test
    void aRolledBackUploadQueuesNothing() throws InterruptedException {
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");
        int nodesBefore = repo.state().nodeCount();

        try {
            repo.inTransaction("alice", () -> {
                repo.createDocument(folder, "scan.png", "image/png", png(100, 100));
                throw new IllegalStateException("the client disconnected");
            });
        } catch (IllegalStateException expected) {
            // the upload failed
        }

        assertThat(repo.actionServiceImpl.awaitIdle(2000)).isTrue();
        assertThat(repo.actionServiceImpl.queuedCount()).isZero();
        assertThat(repo.state().nodeCount()).isEqualTo(nodesBefore);
        repo.pump.runCycle();
        assertThat(iocr.submissions()).isEmpty();
    }

    @Test
    void aNewVersionIsRecognisedAgainButUnchangedContentIsNotResubmitted() {
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");
        byte[] first = png(120, 80);
        NodeRef scan = repo.upload("alice", folder, "scan.png", "image/png", first);
        awaitStatus(repo, scan, RecognitionStatus.SUCCEEDED);

        repo.inTransaction("alice", () -> {
            repo.writeContent(scan, "image/png", first.clone());
            return null;
        });
        PipelineFixtures.await("unchanged content settled", Duration.ofSeconds(30),
                () -> repo.property(scan, IocrModel.PROP_QUEUED) == null
                        && PipelineFixtures.status(repo, scan) == RecognitionStatus.SUCCEEDED);
        assertThat(iocr.submissions()).hasSize(1);

        repo.inTransaction("alice", () -> {
            repo.writeContent(scan, "image/png", png(121, 81));
            return null;
        });
        PipelineFixtures.await("second submission", Duration.ofSeconds(30), () -> iocr.submissions().size() == 2);
        awaitStatus(repo, scan, RecognitionStatus.SUCCEEDED);
    }

    @Test
    void recognitionCreatesNoVersionAndLeavesModifiedAlone() {
        NodeRef folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");
        NodeRef scan = repo.inTransaction("alice", () -> {
            NodeRef node = repo.createDocument(folder, "scan.png", "image/png", png(100, 100));
            repo.nodeService.addAspect(node, ContentModel.ASPECT_VERSIONABLE, new java.util.HashMap<>(
                    java.util.Map.of(ContentModel.PROP_AUTO_VERSION_PROPS, Boolean.TRUE)));
            return node;
        });
        int versions = repo.state().versionCount(scan);
        Object modified = repo.property(scan, ContentModel.PROP_MODIFIED);

        awaitStatus(repo, scan, RecognitionStatus.SUCCEEDED);

        assertThat(repo.state().versionCount(scan)).isEqualTo(versions);
        assertThat(repo.property(scan, ContentModel.PROP_MODIFIED)).isEqualTo(modified);
    }

    @Test
    void aFolderNamedByPathInTheGlobalPropertiesIsAnAutoRecognitionFolder() {
        repo.close();
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("iocr.client.initialPollDelayMs", "50");
        properties.setProperty("iocr.client.pollIntervalMs", "50");
        properties.setProperty("iocr.autoRecognise.folders", "/Company Home/Finance/Invoices=multiple_invoice");
        repo = HarnessRepository.start(new HarnessRepository.Config(iocr,
                new MappingFileResultMapper(MappingCatalog.shipped()), PipelineSettings.from(properties),
                Duration.ofMillis(100), 2));
        NodeRef finance = repo.createFolder(repo.companyHome(), "Finance");
        NodeRef invoices = repo.createFolder(finance, "Invoices");
        NodeRef year = repo.createFolder(invoices, "2019");
        repo.grant(finance, "alice", "Collaborator");

        NodeRef scan = repo.upload("alice", year, "scan.jpg", "image/png", png(100, 100));
        NodeRef elsewhere = repo.upload("alice", finance, "other.png", "image/png", png(100, 100));

        awaitStatus(repo, scan, RecognitionStatus.SUCCEEDED);
        assertThat(iocr.submissions()).singleElement().satisfies(s -> {
            assertThat(s.templateSign()).isEqualTo("multiple_invoice");
            assertThat(s.fileName()).isEqualTo("scan.jpg.png");
        });
        assertThat(repo.property(elsewhere, IocrModel.PROP_STATUS)).isNull();
    }

    @Test
    void theRuleActionRecognisesADocumentOutsideAnyMarkedFolder() {
        NodeRef plain = repo.createFolder(repo.companyHome(), "Plain");
        repo.grant(plain, "alice", "Collaborator");
        NodeRef scan = repo.upload("alice", plain, "card.png", "image/png", png(100, 100));

        repo.inTransaction("alice", () -> {
            java.util.Map<String, java.io.Serializable> params = new java.util.HashMap<>();
            params.put(RecogniseActionExecuter.PARAM_TEMPLATE_SIGN, "id_card_front");
            // as a rule not marked "run in background" calls it: synchronously; the executer makes it async
            repo.actionService.executeAction(repo.actionService.createAction(RecogniseActionExecuter.NAME, params),
                    scan, true, false);
            assertThat(repo.property(scan, IocrModel.PROP_STATUS)).as("nothing happens inside the transaction")
                    .isNull();
            return null;
        });

        awaitStatus(repo, scan, RecognitionStatus.SUCCEEDED);
        assertThat(iocr.submissions()).singleElement()
                .satisfies(s -> assertThat(s.templateSign()).isEqualTo("id_card_front"));
    }
}
