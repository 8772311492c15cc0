package io.iocr.alfresco;

import static io.iocr.alfresco.PipelineFixtures.awaitStatus;
import static io.iocr.alfresco.PipelineFixtures.png;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.iocr.alfresco.fakes.FakeIocrClient;
import io.iocr.mapping.MappingCatalog;
import io.iocr.mapping.MappingFileResultMapper;
import io.iocr.alfresco.fakes.SeedResults;
import io.iocr.alfresco.harness.HarnessRepository;

/** The recognition REST API of docs/recognition-api.md, with its permission rules. */
class RecognitionWebScriptsIT {

    private FakeIocrClient iocr;
    private HarnessRepository repo;
    private NodeRef folder;
    private NodeRef scan;

    @BeforeEach
    void recogniseAnInvoice() {
        iocr = new FakeIocrClient(submission -> SeedResults.invoiceSuccess(submission.taskId()));
        repo = HarnessRepository.start(new HarnessRepository.Config(iocr, new MappingFileResultMapper(MappingCatalog.shipped()),
                PipelineFixtures.fastSettings(), Duration.ofMillis(100), 2));
        folder = PipelineFixtures.markedFolder(repo, "Invoices", "vat_invoice");
        repo.grant(folder, "carol", "Consumer");
        scan = repo.upload("alice", folder, "scan.png", "image/png", png(640, 400));
        awaitStatus(repo, scan, RecognitionStatus.SUCCEEDED);
    }

    @AfterEach
    void stop() {
        repo.close();
    }

    private JsonNode field(JsonNode body, String id) {
        for (JsonNode field : body.get("fields")) {
            if (id.equals(field.get("id").asText())) {
                return field;
            }
        }
        throw new AssertionError("No field " + id + " in " + body);
    }

    @Test
    void getReturnsStatusFieldsWithLabelsTypedAndRawValuesLocationsAndPageSizes() {
        WebScriptCall.Reply reply = WebScriptCall.onNode(repo, repo.getWebScript, "alice", scan, null);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.body();
        assertThat(body.get("nodeRef").asText()).isEqualTo(scan.toString());
        assertThat(body.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(body.get("template").asText()).isEqualTo("vat_invoice");
        assertThat(body.get("taskId").asText()).isEqualTo(iocr.submissions().get(0).taskId());
        assertThat(body.get("finished").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(body.get("error").isNull()).isTrue();
        assertThat(body.at("/pages/0/width").asInt()).isEqualTo(640);
        assertThat(body.at("/pages/0/height").asInt()).isEqualTo(400);
        assertThat(body.get("canRerun").asBoolean()).isTrue();

        JsonNode number = field(body, "iocr:invoiceNumber");
        assertThat(number.get("aspect").asText()).isEqualTo("iocr:invoice");
        assertThat(number.get("label").asText()).isNotBlank().isNotEqualTo("invoiceNumber");
        assertThat(number.get("key").asText()).isEqualTo("发票号码");
        assertThat(number.get("type").asText()).isEqualTo("d:text");
        assertThat(number.get("value").asText()).isEqualTo("07285251");
        assertThat(number.get("raw").asText()).isEqualTo("No 07285251");
        assertThat(number.get("edited").asBoolean()).isFalse();
        assertThat(number.at("/locations/0/page").asInt()).isEqualTo(1);

        assertThat(field(body, "iocr:invoiceDate").get("value").asText()).isEqualTo("2019-08-28");
        assertThat(field(body, "iocr:totalAmount").get("value").asText()).isEqualTo("360.00");
        assertThat(field(body, "iocr:totalAmount").get("type").asText()).isEqualTo("d:double");
    }

    @Test
    void getIsDeniedToAUserWithoutReadAccessAndAnswers404ForAMissingNode() {
        assertThat(WebScriptCall.onNode(repo, repo.getWebScript, "bob", scan, null).status()).isEqualTo(403);
        NodeRef missing = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "no-such-node");
        assertThat(WebScriptCall.onNode(repo, repo.getWebScript, "alice", missing, null).status()).isEqualTo(404);
        WebScriptCall.Reply reader = WebScriptCall.onNode(repo, repo.getWebScript, "carol", scan, null);
        assertThat(reader.status()).isEqualTo(200);
        assertThat(reader.body().get("canRerun").asBoolean()).isFalse();
    }

    @Test
    void aDocumentNeverRecognisedReportsNone() {
        NodeRef plain = repo.createFolder(repo.companyHome(), "Plain");
        repo.grant(plain, "alice", "Collaborator");
        NodeRef other = repo.upload("alice", plain, "x.png", "image/png", png(50, 50));

        JsonNode body = WebScriptCall.onNode(repo, repo.getWebScript, "alice", other, null).body();

        assertThat(body.get("status").asText()).isEqualTo("NONE");
        assertThat(body.get("fields")).isEmpty();
    }

    @Test
    void rerunNeedsWriteAccess() {
        assertThat(WebScriptCall.onNode(repo, repo.rerunWebScript, "carol", scan, "{}").status()).isEqualTo(403);
        assertThat(WebScriptCall.onNode(repo, repo.rerunWebScript, "bob", scan, "{}").status()).isEqualTo(403);
        assertThat(iocr.submissions()).hasSize(1);
    }

    @Test
    void rerunRejectsMalformedRequests() {
        assertThat(WebScriptCall.onNode(repo, repo.rerunWebScript, "alice", scan, "{not json").status())
                .isEqualTo(400);
        assertThat(WebScriptCall.onNode(repo, repo.rerunWebScript, "alice", scan,
                "{\"templateSign\": \"<script>\"}").status()).isEqualTo(400);
        assertThat(WebScriptCall.onNode(repo, repo.rerunWebScript, "alice", folder, "{}").status()).isEqualTo(400);
    }

    @Test
    void rerunKeepsTheValuesAUserEditedAndRefreshesTheRest() {
        repo.inTransaction("alice", () -> {
            repo.nodeService.setProperty(scan, PipelineFixtures.invoiceNumber(repo), "INV-2019-0001");
            repo.nodeService.setProperty(scan, PipelineFixtures.totalAmount(repo), 1.0);
            return null;
        });
        repo.inTransaction("alice", () -> {
            repo.nodeService.removeProperty(scan, PipelineFixtures.totalAmount(repo));
            return null;
        });
        assertThat(RecognitionStore.strings(repo.property(scan, IocrModel.PROP_EDITED_PROPERTIES)))
                .contains("iocr:invoiceNumber", "iocr:totalAmount");

        WebScriptCall.Reply accepted = WebScriptCall.onNode(repo, repo.rerunWebScript, "alice", scan,
                "{\"templateSign\": \"vat_invoice\"}");

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.body().get("status").asText()).isEqualTo("PENDING");
        PipelineFixtures.await("the second submission", Duration.ofSeconds(30), () -> iocr.submissions().size() == 2);
        awaitStatus(repo, scan, RecognitionStatus.SUCCEEDED);
        assertThat(repo.property(scan, PipelineFixtures.invoiceNumber(repo))).isEqualTo("INV-2019-0001");
        assertThat(repo.property(scan, PipelineFixtures.totalAmount(repo))).isNull();
        assertThat(repo.property(scan, PipelineFixtures.invoiceDate(repo))).isNotNull();
        JsonNode number = field(WebScriptCall.onNode(repo, repo.getWebScript, "alice", scan, null).body(),
                "iocr:invoiceNumber");
        assertThat(number.get("edited").asBoolean()).isTrue();
        assertThat(number.get("value").asText()).isEqualTo("INV-2019-0001");
    }

    @Test
    void remapMapsTheStoredRawResultAgainWithoutAnIocrCallAndKeepsEdits() {
        repo.inTransaction("alice", () -> {
            repo.nodeService.setProperty(scan, PipelineFixtures.invoiceNumber(repo), "INV-EDITED");
            repo.nodeService.removeProperty(scan, PipelineFixtures.totalAmount(repo));
            return null;
        });
        repo.inTransaction(io.iocr.alfresco.harness.HarnessSecurity.SYSTEM, () -> {
            repo.nodeService.setProperty(scan, PipelineFixtures.invoiceDate(repo), null);
            return null;
        });

        WebScriptCall.Reply reply = WebScriptCall.onNode(repo, repo.rerunWebScript, "alice", scan,
                "{\"remap\": true}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(repo.property(scan, PipelineFixtures.invoiceDate(repo))).as("mapped again").isNotNull();
        assertThat(repo.property(scan, PipelineFixtures.invoiceNumber(repo))).isEqualTo("INV-EDITED");
        assertThat(repo.property(scan, PipelineFixtures.totalAmount(repo))).isNull();
        assertThat(iocr.submissions()).hasSize(1);
    }

    @Test
    void remapOfADocumentWithoutAResultIsAConflict() {
        NodeRef plain = repo.createFolder(repo.companyHome(), "Plain");
        repo.grant(plain, "alice", "Collaborator");
        NodeRef other = repo.upload("alice", plain, "x.png", "image/png", png(50, 50));

        assertThat(WebScriptCall.onNode(repo, repo.rerunWebScript, "alice", other, "{\"remap\": true}").status())
                .isEqualTo(409);
    }

    @Test
    void adminStatusIsForAdministratorsOnly() {
        // The pump counts a success just after the result's transaction commits
        PipelineFixtures.await("the pump to count the success", Duration.ofSeconds(30),
                () -> repo.pump.monitor().succeededCount() == 1);
        assertThat(WebScriptCall.call(repo, repo.adminStatusWebScript, "alice", Map.of(), null).status())
                .isEqualTo(403);

        WebScriptCall.Reply reply = WebScriptCall.call(repo, repo.adminStatusWebScript, "admin", Map.of(), null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().at("/counts/SUCCEEDED").asLong()).isEqualTo(1);
        assertThat(reply.body().at("/queue/depth").asLong()).isZero();
        assertThat(reply.body().at("/quota/paused").asBoolean()).isFalse();
        assertThat(reply.body().at("/rateLimit/submitQps").asDouble()).isEqualTo(2.0);
        assertThat(reply.body().at("/pump/succeeded").asLong()).isEqualTo(1);
    }
}
