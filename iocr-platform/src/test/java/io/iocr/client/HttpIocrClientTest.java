package io.iocr.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.iocr.client.model.RecognitionResponse;
import io.iocr.client.model.TaskStatus;
import io.iocr.client.testserver.Endpoint;
import io.iocr.client.testserver.Fault;
import io.iocr.client.testserver.IocrTestServer;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against a real HTTP server speaking the iOCR protocol. */
class HttpIocrClientTest {

    private final IocrTestServer server = IocrTestServer.start(IocrTestServer.Options.defaults().withQps(50, 100));
    private HttpIocrClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    private HttpIocrClient client() {
        return client(fastRetries());
    }

    private HttpIocrClient client(IocrClientConfig.Builder config) {
        client = new HttpIocrClient(config.build(), TimeSource.SYSTEM, new Random(7));
        return client;
    }

    private IocrClientConfig.Builder fastRetries() {
        return server.clientConfig()
                .maxAttempts(4)
                .backoffBase(Duration.ofMillis(5))
                .throttleBackoffBase(Duration.ofMillis(20))
                .backoffMax(Duration.ofMillis(200));
    }

    private static SubmitRequest png(String name) {
        return SubmitRequest.ofTemplate(name, TestDocuments.source(TestDocuments.image("png", 40, 30)), "vat_invoice");
    }

    @Test
    void submitsAnImageAsImageWithTheTemplateAndReturnsTheTaskId() {
        String taskId = client().submit(png("invoice.png"));

        assertThat(taskId).startsWith("task-");
        IocrTestServer.ReceivedSubmit received = server.receivedSubmits().get(0);
        assertThat(received.accepted()).isTrue();
        assertThat(received.payloadFields()).containsExactly("image");
        assertThat(received.fields()).containsEntry("file_name", "invoice.png").containsEntry("templateSign",
                "vat_invoice").doesNotContainKey("classifierId");
    }

    @Test
    void sendsTheTemplateAndNotTheClassifierWhenBothAreGiven() {
        client().submit(new SubmitRequest("a.png", TestDocuments.source(TestDocuments.image("png", 40, 30)), null,
                "id_card_front", "project-yht3ia44fyixcwm2"));

        assertThat(server.receivedSubmits().get(0).fields()).containsEntry("templateSign", "id_card_front")
                .doesNotContainKey("classifierId");
    }

    @Test
    void sendsTheClassifierWhenNoTemplateIsGiven() {
        client().submit(SubmitRequest.ofClassifier("scan.pdf", TestDocuments.source(TestDocuments.pdf(1000, 1)),
                "project-yht3ia44fyixcwm2"));

        IocrTestServer.ReceivedSubmit received = server.receivedSubmits().get(0);
        assertThat(received.payloadFields()).containsExactly("pdf_file");
        assertThat(received.fields()).containsEntry("classifierId", "project-yht3ia44fyixcwm2");
    }

    @Test
    void sendsOfdDocumentsAsOfdFile() {
        client().submit(SubmitRequest.ofTemplate("bill.ofd", TestDocuments.source(TestDocuments.ofd()), "x"));

        assertThat(server.receivedSubmits().get(0).payloadFields()).containsExactly("ofd_file");
        assertThat(server.acceptedSubmits()).isEqualTo(1);
    }

    @Test
    void sendsAnImageUrlInsteadOfContentWhenGivenOne() {
        client().submit(new SubmitRequest("photo.jpg", null, "https://example.org/photo.jpg", "vat_invoice", null));

        IocrTestServer.ReceivedSubmit received = server.receivedSubmits().get(0);
        assertThat(received.payloadFields()).containsExactly("url");
        assertThat(received.fields()).containsEntry("url", "https://example.org/photo.jpg");
    }

    @Test
    void sendsExactlyTheCountedLengthOfTheEncodedDocument() {
        byte[] pdf = TestDocuments.pdf(300_000, 3);
        long expected = new DocumentInspector().inspect(SubmitRequest.ofTemplate("a.pdf",
                TestDocuments.source(pdf), "t")).encodedLength();

        client().submit(SubmitRequest.ofTemplate("a.pdf", TestDocuments.source(pdf), "t"));

        assertThat(server.receivedSubmits().get(0).payloadLength()).isEqualTo(expected);
        assertThat(server.acceptedSubmits()).isEqualTo(1);
    }

    @Test
    void readsTheTaskIdAtResultTaskIdToo() {
        server.answerSubmitsWithResultTaskId(true);

        assertThat(client().submit(png("a.png"))).startsWith("task-");
    }

    @Test
    void getResultReturnsTheTypedRunningThenSuccessAnswer() throws Exception {
        server.setTaskDurations(Duration.ofMillis(300), Duration.ofMillis(300));
        HttpIocrClient c = client();
        String taskId = c.submit(png("a.png"));

        RecognitionResponse running = c.getResult(taskId);
        Thread.sleep(400);
        RecognitionResponse done = c.getResult(taskId);

        assertThat(running.status()).isEqualTo(TaskStatus.RUNNING);
        assertThat(running.taskResult().taskId()).isEqualTo(taskId);
        assertThat(done.status()).isEqualTo(TaskStatus.SUCCESS);
        assertThat(done.pages()).hasSize(1);
        assertThat(done.pages().get(0).kvResult().singleKey()).containsKey("发票号码");
    }

    @Test
    void unknownTaskIdIsAnInputError() {
        IocrException e = catchThrowableOfType(() -> client().getResult("task-nope"), IocrException.class);

        assertThat(e.category()).isEqualTo(ErrorCategory.INPUT);
        assertThat(e.baiduCode()).isEqualTo("282808");
        assertThat(e.logId()).isNotBlank();
    }

    @Test
    void retriesTransientFailuresAndSubmitsOnce() {
        server.injectNext(Endpoint.SUBMIT, 1, Fault.internalError());
        server.injectNext(Endpoint.SUBMIT, 1, Fault.httpStatus(500));
        server.injectNext(Endpoint.SUBMIT, 1, Fault.baiduError(2));

        String taskId = client().submit(png("a.png"));

        assertThat(taskId).isNotNull();
        assertThat(server.requests(Endpoint.SUBMIT)).isEqualTo(4);
        assertThat(server.acceptedSubmits()).isEqualTo(1);
    }

    @Test
    void aFatalInputErrorEndsAfterExactlyOneAttempt() {
        server.injectNext(Endpoint.SUBMIT, 1, Fault.imageFormatError());

        IocrException e = catchThrowableOfType(() -> client().submit(png("a.png")), IocrException.class);

        assertThat(e.category()).isEqualTo(ErrorCategory.INPUT);
        assertThat(e.baiduCode()).isEqualTo("216201");
        assertThat(e.baiduMessage()).isEqualTo("image format error");
        assertThat(e.logId()).isNotBlank();
        assertThat(e.getMessage()).contains("format is not supported").contains("216201");
        assertThat(server.requests(Endpoint.SUBMIT)).isEqualTo(1);
    }

    @Test
    void quotaExhaustionIsReportedAsQuotaWithoutRetry() {
        server.injectNext(Endpoint.SUBMIT, 1, Fault.baiduError(17));

        IocrException e = catchThrowableOfType(() -> client().submit(png("a.png")), IocrException.class);

        assertThat(e.category()).isEqualTo(ErrorCategory.QUOTA);
        assertThat(e.baiduCode()).isEqualTo("17");
        assertThat(server.requests(Endpoint.SUBMIT)).isEqualTo(1);
    }

    @Test
    void givesUpAfterMaxAttemptsOfTransientFailures() {
        server.injectNext(Endpoint.RESULT, 10, Fault.internalError());

        IocrException e = catchThrowableOfType(() -> client().getResult("task-x"), IocrException.class);

        assertThat(e.category()).isEqualTo(ErrorCategory.TRANSIENT);
        assertThat(e.ambiguous()).isFalse();
        assertThat(e.getMessage()).contains("gave up after 4 attempts");
        assertThat(server.requests(Endpoint.RESULT)).isEqualTo(4);
    }

    @Test
    void qpsExceededIsRetriedAfterALongerBackoff() {
        server.injectNext(Endpoint.SUBMIT, 1, Fault.qpsExceeded());
        HttpIocrClient c = client(fastRetries().throttleBackoffBase(Duration.ofMillis(400)).backoffMax(
                Duration.ofSeconds(2)));

        long start = System.nanoTime();
        c.submit(png("a.png"));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        // Equal jitter: at least half the throttle base (200 ms) and the drained limiter's second.
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(200);
        assertThat(server.acceptedSubmits()).isEqualTo(1);
    }

    @Test
    void aRejectedTokenIsRefreshedOnceAndTheCallRepeated() {
        HttpIocrClient c = client();
        c.getResult(c.submit(png("a.png")));
        server.injectNext(Endpoint.RESULT, 1, Fault.tokenInvalid());

        RecognitionResponse response = c.getResult(c.submit(png("b.png")));

        assertThat(response.status()).isEqualTo(TaskStatus.SUCCESS);
        assertThat(server.tokenGrants()).isEqualTo(2);
    }

    @Test
    void aTokenRejectedAgainAfterTheRefreshEndsAsTokenError() {
        server.injectNext(Endpoint.RESULT, 2, Fault.tokenExpired());

        IocrException e = catchThrowableOfType(() -> client().getResult("task-x"), IocrException.class);

        assertThat(e.category()).isEqualTo(ErrorCategory.TOKEN);
        assertThat(e.baiduCode()).isEqualTo("111");
        assertThat(server.tokenGrants()).isEqualTo(2);
        assertThat(server.requests(Endpoint.RESULT)).isEqualTo(2);
    }

    @Test
    void acceptsErrorCodesSentAsJsonStrings() {
        server.injectNext(Endpoint.RESULT, 1, Fault.baiduErrorAsString(110));
        server.injectNext(Endpoint.SUBMIT, 1, Fault.baiduErrorAsString(17));
        HttpIocrClient c = client();

        IocrException e = catchThrowableOfType(() -> c.submit(png("a.png")), IocrException.class);
        IocrException unknown = catchThrowableOfType(() -> c.getResult("task-x"), IocrException.class);

        assertThat(e.category()).isEqualTo(ErrorCategory.QUOTA);
        assertThat(e.baiduCode()).isEqualTo("17");
        assertThat(unknown.baiduCode()).isEqualTo("282808"); // after the string-coded 110 the token was refreshed
        assertThat(server.tokenGrants()).isEqualTo(2);
    }

    @Test
    void theTokenIsFetchedOnceAndReused() {
        HttpIocrClient c = client();
        for (int i = 0; i < 5; i++) {
            c.getResult(c.submit(png("a" + i + ".png")));
        }

        assertThat(server.tokenGrants()).isEqualTo(1);
    }

    @Test
    void aTokenCloseToExpiryIsRenewedBeforeUse() throws Exception {
        try (IocrTestServer shortTokens = IocrTestServer.start(IocrTestServer.Options.defaults().withQps(50, 100)
                .withTokenLifetime(Duration.ofSeconds(2)))) {
            try (HttpIocrClient c = new HttpIocrClient(shortTokens.clientConfig().build())) {
                c.submit(png("a.png"));
                Thread.sleep(1100); // past half the lifetime: the margin is capped at half
                c.submit(png("b.png"));

                assertThat(shortTokens.tokenGrants()).isEqualTo(2);
                assertThat(shortTokens.requests(Endpoint.SUBMIT)).isEqualTo(2);
            }
        }
    }

    @Test
    void anUnknownApiKeyIsAConfigurationErrorNamingTheProperty() {
        HttpIocrClient c = client(fastRetries().apiKey("wrong-key"));

        IocrException e = catchThrowableOfType(() -> c.submit(png("a.png")), IocrException.class);

        assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
        assertThat(e.getMessage()).contains("iocr.client.apiKey").doesNotContain("wrong-key");
        assertThat(server.requests(Endpoint.SUBMIT)).isZero();
    }

    @Test
    void aWrongSecretKeyIsAConfigurationErrorNamingTheProperty() {
        HttpIocrClient c = client(fastRetries().secretKey("wrong-secret"));

        IocrException e = catchThrowableOfType(() -> c.getResult("task-x"), IocrException.class);

        assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
        assertThat(e.baiduCode()).isEqualTo("invalid_client");
        assertThat(e.getMessage()).contains("iocr.client.secretKey").doesNotContain("wrong-secret")
                .doesNotContain(IocrTestServer.API_KEY);
    }

    @Test
    void missingCredentialsAreAConfigurationError() {
        HttpIocrClient c = client(IocrClientConfig.builder().tokenUrl(server.url(Endpoint.TOKEN))
                .requestUrl(server.url(Endpoint.SUBMIT)).resultUrl(server.url(Endpoint.RESULT)));

        assertThatThrownBy(() -> c.getResult("task-x")).isInstanceOf(IocrException.class)
                .hasMessageContaining("iocr.client.apiKey").extracting(e -> ((IocrException) e).category())
                .isEqualTo(ErrorCategory.CONFIGURATION);
    }

    @Test
    void aSubmitThatTimesOutAfterItsBodyWasSentIsAmbiguousAndNotResent() {
        server.injectNext(Endpoint.SUBMIT, 1, Fault.slow(Duration.ofMillis(1500)));
        HttpIocrClient c = client(fastRetries().readTimeout(Duration.ofMillis(300)));

        IocrException e = catchThrowableOfType(() -> c.submit(png("a.png")), IocrException.class);

        assertThat(e.category()).isEqualTo(ErrorCategory.TRANSIENT);
        assertThat(e.ambiguous()).isTrue();
        assertThat(e.getMessage()).contains("not re-sent");
        assertThat(server.requests(Endpoint.SUBMIT)).isEqualTo(1);
    }

    @Test
    void aSubmitWhoseConnectionIsResetAfterTheBodyIsAmbiguousAndNotResent() {
        server.injectNext(Endpoint.SUBMIT, 1, Fault.connectionReset());

        IocrException e = catchThrowableOfType(() -> client().submit(png("a.png")), IocrException.class);

        assertThat(e.ambiguous()).isTrue();
        assertThat(server.requests(Endpoint.SUBMIT)).isEqualTo(1);
        assertThat(server.acceptedSubmits()).isZero();
    }

    @Test
    void aSubmitAnsweredWithMalformedJsonIsAmbiguous() {
        server.injectNext(Endpoint.SUBMIT, 1, Fault.malformedJson());

        IocrException e = catchThrowableOfType(() -> client().submit(png("a.png")), IocrException.class);

        assertThat(e.ambiguous()).isTrue();
        assertThat(server.requests(Endpoint.SUBMIT)).isEqualTo(1);
    }

    @Test
    void getResultIsRetriedAfterResetsMalformedJsonAndSlowAnswers() {
        HttpIocrClient c = client(fastRetries().maxAttempts(5).readTimeout(Duration.ofMillis(400)));
        String taskId = c.submit(png("a.png"));
        server.injectNext(Endpoint.RESULT, 1, Fault.connectionReset());
        server.injectNext(Endpoint.RESULT, 1, Fault.malformedJson());
        server.injectNext(Endpoint.RESULT, 1, Fault.slow(Duration.ofMillis(800)));

        RecognitionResponse response = c.getResult(taskId);

        assertThat(response.status()).isEqualTo(TaskStatus.SUCCESS);
        assertThat(server.requests(Endpoint.RESULT)).isEqualTo(4);
    }

    @Test
    void aSubmitThatCannotConnectIsRetriedAndThenNotAmbiguous() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HttpIocrClient c = client(fastRetries().requestUrl(URI.create("http://127.0.0.1:" + closedPort
                + "/rest/2.0/solution/v1/iocr/recognise/universal/request")));

        IocrException e = catchThrowableOfType(() -> c.submit(png("a.png")), IocrException.class);

        assertThat(e.category()).isEqualTo(ErrorCategory.TRANSIENT);
        assertThat(e.ambiguous()).isFalse();
        assertThat(e.getMessage()).contains("could not be reached").contains("gave up after 4 attempts");
    }

    @Test
    void aWrongUrlIsAConfigurationError() {
        HttpIocrClient c = client(fastRetries().resultUrl(server.baseUri().resolve("/rest/2.0/nothing")));

        IocrException e = catchThrowableOfType(() -> c.getResult("task-x"), IocrException.class);

        assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
        assertThat(e.getMessage()).contains("iocr.client.resultUrl");
    }

    @Test
    void validationRefusalsNeverReachTheServer() {
        HttpIocrClient c = client();
        byte[] png = TestDocuments.image("png", 40, 30);

        assertThatThrownBy(() -> c.submit(SubmitRequest.ofTemplate("a.pdf", TestDocuments.source(png), "t")))
                .isInstanceOf(IocrException.class);
        assertThatThrownBy(() -> c.submit(SubmitRequest.ofTemplate("a.png", TestDocuments.source(new byte[0]), "t")))
                .isInstanceOf(IocrException.class);
        assertThatThrownBy(() -> c.submit(SubmitRequest.ofTemplate("a.png", TestDocuments.source(png), null)))
                .isInstanceOf(IocrException.class);
        assertThatThrownBy(() -> c.submit(SubmitRequest.ofTemplate("tiny.png",
                TestDocuments.source(TestDocuments.image("png", 10, 300)), "t"))).isInstanceOf(IocrException.class);

        assertThat(server.requests(Endpoint.SUBMIT)).isZero();
        assertThat(server.requests(Endpoint.TOKEN)).isZero();
    }
}
