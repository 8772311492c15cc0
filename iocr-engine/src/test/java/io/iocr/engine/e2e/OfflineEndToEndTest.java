package io.iocr.engine.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.iocr.alfresco.IocrModel;
import io.iocr.alfresco.PipelineFixtures;
import io.iocr.alfresco.PipelineSettings;
import io.iocr.alfresco.RecognitionStatus;
import io.iocr.alfresco.harness.HarnessRepository;
import io.iocr.alfresco.harness.HarnessSecurity;
import io.iocr.alfresco.harness.RepositoryState;
import io.iocr.client.HttpIocrClient;
import io.iocr.client.IocrClientConfig;
import io.iocr.engine.SharedOcr;
import io.iocr.engine.config.EngineConfig;
import io.iocr.engine.docgen.DocumentGenerator;
import io.iocr.engine.docgen.GeneratedDocument;
import io.iocr.engine.server.EngineServer;
import io.iocr.mapping.MappingCatalog;
import io.iocr.mapping.MappingFileResultMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Properties;
import java.util.Random;
import javax.imageio.ImageIO;
import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The product without Docker and without a Baidu account: the repository pipeline (behaviour, async action,
 * cluster-locked pump, mapping, node writes) in the in-process harness, talking HTTP to the offline engine, on
 * generated documents. The client has no credentials, as on a fresh install; the engine grants a token anyway.
 */
class OfflineEndToEndTest {

    private static EngineServer engine;
    private static HttpIocrClient client;
    private static HarnessRepository repo;
    private static NodeRef invoices;
    private static NodeRef idCards;

    @BeforeAll
    static void startEngineAndRepository() {
        engine = EngineServer.start(EngineConfig.ofDefaults().withPort(0), SharedOcr.get());
        client = new HttpIocrClient(IocrClientConfig.builder()
                .tokenUrl(endpoint(EngineServer.TOKEN_PATH))
                .requestUrl(endpoint(EngineServer.SUBMIT_PATH))
                .resultUrl(endpoint(EngineServer.RESULT_PATH))
                .initialPollDelay(Duration.ofMillis(300))
                .pollInterval(Duration.ofMillis(200))
                .pollIntervalMax(Duration.ofMillis(500))
                .build());
        Properties settings = new Properties();
        settings.setProperty("iocr.client.initialPollDelayMs", "300");
        settings.setProperty("iocr.client.pollIntervalMs", "200");
        settings.setProperty("iocr.client.pollIntervalMaxMs", "500");
        repo = HarnessRepository.start(new RepositoryState(), new HarnessRepository.Config(client,
                new MappingFileResultMapper(MappingCatalog.shipped()), PipelineSettings.from(settings),
                Duration.ofMillis(200), 2));
        invoices = PipelineFixtures.markedFolder(repo, "Invoices", "multiple_invoice");
        idCards = PipelineFixtures.markedFolder(repo, "ID cards", "id_card_front");
    }

    @AfterAll
    static void stop() {
        if (repo != null) {
            repo.close();
        }
        if (client != null) {
            client.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    private static URI endpoint(String path) {
        return URI.create(engine.baseUrl() + path);
    }

    private static NodeRef uploadAndWait(NodeRef folder, String name, GeneratedDocument document) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(document.image(), "png", png);
        NodeRef node = repo.upload("alice", folder, name, "image/png", png.toByteArray());
        PipelineFixtures.await(name + " to finish", Duration.ofSeconds(90), () -> {
            RecognitionStatus now = PipelineFixtures.status(repo, node);
            return now == RecognitionStatus.SUCCEEDED || now == RecognitionStatus.FAILED;
        });
        RecognitionStatus status = PipelineFixtures.status(repo, node);
        assertThat(status).as("status of %s (error: %s)", name, repo.property(node, IocrModel.PROP_ERROR_MESSAGE))
                .isEqualTo(RecognitionStatus.SUCCEEDED);
        return node;
    }

    private static Serializable property(NodeRef node, String name) {
        return repo.property(node, repo.dictionary.resolve(name));
    }

    private static String truth(GeneratedDocument document, String key, int occurrence) {
        return document.fields().get(key).get(occurrence);
    }

    private static Date day(String yyyyMMdd) {
        return Date.from(LocalDate.parse(yyyyMMdd.replaceAll("\\D", ""), java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                .atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @Test
    void anInvoiceDroppedIntoTheInboxGetsItsTypedFieldsFromTheOfflineEngine() throws IOException {
        GeneratedDocument invoice = DocumentGenerator.invoice(new Random(20261121));

        NodeRef node = uploadAndWait(invoices, "invoice.png", invoice);

        assertThat(repo.as(HarnessSecurity.SYSTEM, () -> repo.nodeService.hasAspect(node,
                repo.dictionary.resolve("iocr:invoice")))).isTrue();
        assertThat(property(node, "iocr:invoiceNumber")).isEqualTo(truth(invoice, "发票号码", 0));
        assertThat(property(node, "iocr:invoiceCode")).isEqualTo(truth(invoice, "发票代码", 0));
        assertThat(property(node, "iocr:invoiceDate")).isEqualTo(day(truth(invoice, "开票日期", 0)));
        assertThat(property(node, "iocr:totalAmount")).as("total; warnings %s; extracted %s",
                property(node, "iocr:warnings"), property(node, "iocr:extractedText"))
                .isEqualTo(Double.parseDouble(truth(invoice, "价税合计(小写)", 0).replaceAll("[^0-9.]", "")));
        assertThat(property(node, "iocr:buyerName")).isEqualTo(truth(invoice, "名称", 0));
        assertThat(property(node, "iocr:sellerName")).isEqualTo(truth(invoice, "名称", 1));
        assertThat(property(node, "iocr:lineItemCount")).isEqualTo(invoice.rows().size());
        assertThat((String) property(node, "iocr:fieldLocations")).contains("\"box\":[[");
    }

    @Test
    void anIdCardGetsItsHoldersNameNumberAndBirthDate() throws IOException {
        GeneratedDocument card = DocumentGenerator.idCardFront(new Random(7));

        NodeRef node = uploadAndWait(idCards, "id-card.png", card);

        assertThat(property(node, "iocr:idCardName")).isEqualTo(truth(card, "姓名", 0));
        assertThat(property(node, "iocr:idCardNumber")).isEqualTo(truth(card, "公民身份号码", 0));
        assertThat(property(node, "iocr:idCardBirthDate")).isEqualTo(day(truth(card, "出生", 0)));
    }
}
