package io.iocr.engine.server;

import static io.iocr.engine.server.EngineHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iocr.client.model.RecognitionResponse;
import io.iocr.client.model.TaskStatus;
import io.iocr.engine.SharedOcr;
import io.iocr.engine.config.EngineConfig;
import io.iocr.engine.docgen.Degrader;
import io.iocr.engine.docgen.DocumentGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine speaks the iOCR 全场景识别 protocol of the API document: its sample requests are accepted as they are,
 * and its answers have the shape of the document's own examples (iocr-platform's seed fixtures).
 */
class ProtocolTest {

    private static final Path SEED = Path.of("../iocr-platform/src/test/resources/fixtures/seed");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EngineServer server;
    private static EngineHttp http;
    private static String token;
    private static String idCardBase64;

    @BeforeAll
    static void start() {
        server = EngineServer.start(EngineConfig.ofDefaults().withPort(0), SharedOcr.get());
        http = new EngineHttp(server.baseUrl());
        token = http.token();
        idCardBase64 = base64(Degrader.png(DocumentGenerator.idCardFront(new Random(1)).image()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void acceptsThePythonSampleRequestAndAnswersLikeTheDocumentsExamples() throws Exception {
        // the API document's sample: fileName (not file_name), both ids, its own spelling "id_card_font"
        JsonNode submitted = http.post(EngineServer.SUBMIT_PATH + "?access_token=" + token, form(
                "image", idCardBase64, "fileName", "id_card.png",
                "classifierId", "project-yht3ia44fyixcwm2", "templateSign", "id_card_font")).json();

        assertSameKeys(submitted, seed("submit-success.json"));
        assertThat(submitted.get("error_code").asInt()).isZero();
        String taskId = submitted.get("task_result").get("task_id").asText();
        assertThat(taskId).startsWith("task-");

        JsonNode result = http.awaitResult(token, taskId);
        JsonNode successSeed = seed("get-result-success.json");
        assertSameKeys(result, successSeed);
        assertSameKeys(result.get("task_result"), successSeed.get("task_result"));
        assertSameKeys(result.get("words_result").get(0), successSeed.get("words_result").get(0));
        assertThat(result.get("task_result").get("created").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");

        RecognitionResponse response = JSON.treeToValue(result, RecognitionResponse.class);
        assertThat(response.status()).isEqualTo(TaskStatus.SUCCESS);
        assertThat(response.wordsResultNum()).isEqualTo(1);
        assertThat(response.pages().get(0).docType()).isEqualTo("身份证正面");
        assertThat(response.pages().get(0).kvResult().singleKey()).containsKeys("姓名", "性别", "民族", "出生", "住址",
                "公民身份号码");
        var name = response.pages().get(0).kvResult().singleKey().get("姓名").get(0);
        assertThat(name.words()).isNotBlank();
        assertThat(name.location().box()).hasSize(4);
        assertThat(name.location().cbox()).hasSize(4);
    }

    @Test
    void aTaskWaitingForAWorkerIsRunningShapedLikeTheRunningExample() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ids.add(submit(form("image", idCardBase64, "file_name", "card.png", "templateSign", "id_card_front"))
                    .get("task_result").get("task_id").asText());
        }
        // one worker: the second task is still queued right after submission
        JsonNode running = http.post(EngineServer.RESULT_PATH + "?access_token=" + token,
                form("task_id", ids.get(1))).json();

        JsonNode seed = seed("get-result-running.json");
        assertSameKeys(running, seed);
        assertSameKeys(running.get("task_result"), seed.get("task_result"));
        assertThat(running.get("task_result").get("status").asText()).isEqualTo("Running");
        assertThat(running.get("words_result").isNull()).isTrue();
        assertThat(running.get("task_result").get("finished").asText()).isEmpty();
        for (String id : ids) {
            http.awaitResult(token, id);
        }
    }

    @Test
    void templateSignWinsOverClassifierId() throws Exception {
        JsonNode result = recognise(form("image", idCardBase64, "file_name", "card.png",
                "classifierId", "project-1", "templateSign", "bank_card"));

        assertThat(result.get("words_result").get(0).get("doc_type").asText()).isEqualTo("银行卡");
    }

    @Test
    void classifiesTheDocumentWhenOnlyAClassifierIdIsGiven() throws Exception {
        String back = base64(Degrader.jpeg(DocumentGenerator.idCardBack(new Random(4)).image(), 0.9f));

        JsonNode result = recognise(form("image", back, "file_name", "back.jpg", "classifierId", "project-1"));

        assertThat(result.get("words_result").get(0).get("doc_type").asText()).isEqualTo("身份证反面");
        assertThat(result.get("words_result").get(0).get("kv_result").get("single_key").get("签发机关").get(0)
                .get("words").asText()).endsWith("分局");
    }

    @Test
    void recognisesEveryPageOfAPdf() throws Exception {
        byte[] pdf = PdfSamples.twoPagesWithTextLayerAndScan();

        JsonNode result = recognise(form("pdf_file", base64(pdf), "file_name", "two.pdf", "classifierId", "p"));

        assertThat(result.get("words_result_num").asInt()).isEqualTo(2);
        assertThat(result.get("words_result").get(0).get("page_num").asInt()).isEqualTo(1);
        assertThat(result.get("words_result").get(1).get("page_num").asInt()).isEqualTo(2);
        assertThat(result.get("words_result").get(0).get("kv_result").get("full_result").toString())
                .contains("Invoice No 07285251");
        assertThat(result.get("words_result").get(1).get("kv_result").get("full_result").toString())
                .contains("3321192130");
    }

    @Test
    void acceptsTheTokenRequestAsQueryStringOrFormBody() {
        EngineHttp.Reply viaQuery = http.get(EngineServer.TOKEN_PATH
                + "?grant_type=client_credentials&client_id=ak&client_secret=sk");
        EngineHttp.Reply viaForm = http.post(EngineServer.TOKEN_PATH, form("grant_type", "client_credentials",
                "client_id", "ak", "client_secret", "sk"));

        for (EngineHttp.Reply reply : List.of(viaQuery, viaForm)) {
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("access_token").asText()).matches("24\\.[0-9a-f]{32}\\.2592000\\.\\d+\\.\\d+-\\d+");
            assertThat(reply.json().get("expires_in").asLong()).isEqualTo(2592000);
            assertThat(reply.json().get("scope").asText()).contains("brain_all_scope");
        }
    }

    @Test
    void refusesRequestsWithoutAValidTokenWithError110() {
        JsonNode none = http.post(EngineServer.SUBMIT_PATH, form("image", idCardBase64, "file_name", "a.png",
                "templateSign", "id_card_front")).json();
        JsonNode forged = http.post(EngineServer.RESULT_PATH + "?access_token=24.forged", form("task_id", "x")).json();

        assertThat(none.get("error_code").asInt()).isEqualTo(110);
        assertThat(forged.get("error_code").asInt()).isEqualTo(110);
        assertThat(forged.get("error_msg").asText()).isEqualTo("Access token invalid or no longer valid");
    }

    @Test
    void answersBadParametersWithBaiduErrorCodesShapedLikeTheErrorExample() throws Exception {
        JsonNode errorSeed = seed("submit-error.json");
        JsonNode noModel = submit(form("image", idCardBase64, "file_name", "a.png"));
        assertSameKeys(noModel, errorSeed);
        assertThat(noModel.get("error_code").asInt()).isEqualTo(283016);

        assertThat(code(form("image", idCardBase64, "templateSign", "id_card_front"))).isEqualTo(282003);
        assertThat(code(form("file_name", "a.png", "templateSign", "id_card_front"))).isEqualTo(282003);
        assertThat(code(form("image", "", "file_name", "a.png", "templateSign", "id_card_front"))).isEqualTo(216200);
        assertThat(code(form("image", base64("not an image".getBytes()), "file_name", "a.png", "templateSign", "x")))
                .isEqualTo(216201);
        assertThat(code(form("image", "%%%", "file_name", "a.png", "templateSign", "x"))).isEqualTo(216201);
        assertThat(code(form("pdf_file", idCardBase64, "file_name", "a.pdf", "templateSign", "x"))).isEqualTo(216201);
        assertThat(code(form("image", base64(Degrader.png(new java.awt.image.BufferedImage(10, 10,
                java.awt.image.BufferedImage.TYPE_INT_RGB))), "file_name", "a.png", "templateSign", "x")))
                .isEqualTo(216202);
        assertThat(code(form("image", idCardBase64, "file_name", "a.pdf", "templateSign", "x"))).isEqualTo(216100);
        assertThat(code(form("url", "ftp://example/a.png", "file_name", "a.png", "templateSign", "x")))
                .isEqualTo(282111);
    }

    @Test
    void refusesADocumentOverTenMegabytesWithError216202() {
        String oversized = "A".repeat(10 * 1024 * 1024 + 4);

        assertThat(code(form("image", oversized, "file_name", "big.png", "templateSign", "x"))).isEqualTo(216202);
    }

    @Test
    void answersUnknownOrMissingTasksWithBaiduErrorCodes() {
        JsonNode unknown = http.post(EngineServer.RESULT_PATH + "?access_token=" + token,
                form("task_id", "task-doesnotexist")).json();
        JsonNode missing = http.post(EngineServer.RESULT_PATH + "?access_token=" + token, form()).json();

        assertThat(unknown.get("error_code").asInt()).isEqualTo(282808);
        assertThat(unknown.get("error_msg").asText()).contains("task-doesnotexist");
        assertThat(missing.get("error_code").asInt()).isEqualTo(282003);
    }

    @Test
    void answersAnUnknownApiWithError3() {
        EngineHttp.Reply reply = http.post("/rest/2.0/ocr/v1/nothing_here?access_token=" + token, form());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("error_code").asInt()).isEqualTo(3);
    }

    @Test
    void healthRunsARealOcrOfItsProbeImage() {
        EngineHttp.Reply reply = http.get(EngineServer.HEALTH_PATH);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("UP");
        assertThat(reply.json().get("recognised").asText()).isEqualTo(HealthProbe.EXPECTED);
    }

    @Test
    void onlyTheConfiguredKeyPairGetsATokenWhenCredentialsAreSet() {
        try (EngineServer guarded = EngineServer.start(EngineConfig.ofDefaults().withPort(0)
                .withCredentials("my-ak", "my-sk"), SharedOcr.get())) {
            EngineHttp client = new EngineHttp(guarded.baseUrl());

            EngineHttp.Reply wrongKey = client.post(EngineServer.TOKEN_PATH, form("grant_type", "client_credentials",
                    "client_id", "other", "client_secret", "my-sk"));
            EngineHttp.Reply wrongSecret = client.get(EngineServer.TOKEN_PATH
                    + "?grant_type=client_credentials&client_id=my-ak&client_secret=nope");
            EngineHttp.Reply right = client.post(EngineServer.TOKEN_PATH, form("grant_type", "client_credentials",
                    "client_id", "my-ak", "client_secret", "my-sk"));

            assertThat(wrongKey.status()).isEqualTo(401);
            assertThat(wrongKey.json().get("error").asText()).isEqualTo("invalid_client");
            assertThat(wrongKey.json().get("error_description").asText()).isEqualTo("unknown client id");
            assertThat(wrongSecret.json().get("error_description").asText()).isEqualTo("Client authentication failed");
            assertThat(right.json().get("access_token").asText()).startsWith("24.");
        }
    }

    @Test
    void emulatesBaiduSubmitQpsLimitWithError18WhenAsked() {
        try (EngineServer limited = EngineServer.start(EngineConfig.ofDefaults().withPort(0).withQpsEmulation(true),
                SharedOcr.get())) {
            EngineHttp client = new EngineHttp(limited.baseUrl());
            String limitedToken = client.token();
            List<Integer> codes = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                codes.add(client.post(EngineServer.SUBMIT_PATH + "?access_token=" + limitedToken,
                        form("file_name", "a.png", "templateSign", "x")).json().get("error_code").asInt());
            }
            // 2 QPS: the first two reach parameter checking (no image: 282003), the third is throttled
            assertThat(codes).containsExactly(282003, 282003, 18);
        }
    }

    @Test
    void recognisesImagesWhereNoTemporaryFileCanBeWritten(@TempDir Path dir) throws Exception {
        // ImageIO's default is to copy an image into a cache file before reading it; where the temporary directory
        // was read-only or missing, every image submitted then failed
        Path cache = Files.createDirectory(dir.resolve("cache"));
        ImageIO.setCacheDirectory(cache.toFile());
        Files.delete(cache);
        try {
            JsonNode result = recognise(form("image", idCardBase64, "file_name", "id.png",
                    "templateSign", "id_card_front"));

            assertThat(result.get("words_result").get(0).get("doc_type").asText()).isEqualTo("身份证正面");
        } finally {
            ImageIO.setCacheDirectory(null);
        }
    }

    private static JsonNode submit(Map<String, String> form) {
        return http.post(EngineServer.SUBMIT_PATH + "?access_token=" + token, form).json();
    }

    private static int code(Map<String, String> form) {
        return submit(form).get("error_code").asInt();
    }

    private static JsonNode recognise(Map<String, String> form) throws InterruptedException {
        JsonNode submitted = submit(form);
        assertThat(submitted.get("error_code").asInt()).as(submitted.toString()).isZero();
        JsonNode result = http.awaitResult(token, submitted.get("task_result").get("task_id").asText());
        assertThat(result.get("task_result").get("status").asText()).as(result.toString()).isEqualTo("Success");
        return result;
    }

    private static JsonNode seed(String name) throws IOException {
        return JSON.readTree(Files.readString(SEED.resolve(name)));
    }

    private static void assertSameKeys(JsonNode actual, JsonNode expected) {
        assertThat(names(actual)).as("keys of " + actual).containsExactlyInAnyOrderElementsOf(names(expected));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
