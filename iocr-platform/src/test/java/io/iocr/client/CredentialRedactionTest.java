package io.iocr.client;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.iocr.client.testserver.Endpoint;
import io.iocr.client.testserver.Fault;
import io.iocr.client.testserver.IocrTestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The API key, the secret key and access tokens never reach a log line or an exception message. */
class CredentialRedactionTest {

    private static final String WRONG_SECRET = "wrong-secret-5f1e2d";

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger ours = (Logger) LoggerFactory.getLogger("io.iocr");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level previousLevel;

    @BeforeEach
    void capture() {
        previousLevel = ours.getLevel();
        ours.setLevel(Level.DEBUG);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void release() {
        root.detachAppender(appender);
        ours.setLevel(previousLevel);
    }

    @Test
    void neitherKeysNorTokensAppearInLogsOrExceptionsOnSuccessAndFailurePaths() throws Exception {
        List<String> texts = new ArrayList<>();
        try (IocrTestServer server = IocrTestServer.start(IocrTestServer.Options.defaults().withQps(50, 100))) {
            IocrClientConfig config = server.clientConfig().backoffBase(Duration.ofMillis(5))
                    .throttleBackoffBase(Duration.ofMillis(10)).readTimeout(Duration.ofMillis(500))
                    .initialPollDelay(Duration.ofMillis(20)).pollInterval(Duration.ofMillis(20)).build();
            try (HttpIocrClient client = new HttpIocrClient(config);
                    IocrPoller poller = IocrPoller.withOwnScheduler(client, config, 1)) {
                // success, with a token refresh, retries of each transient kind and an ambiguous submit
                server.injectNext(Endpoint.SUBMIT, 1, Fault.tokenInvalid());
                server.injectNext(Endpoint.SUBMIT, 1, Fault.httpStatus(500));
                server.injectNext(Endpoint.SUBMIT, 1, Fault.qpsExceeded());
                String taskId = client.submit(png("a.png"));
                server.injectNext(Endpoint.RESULT, 1, Fault.connectionReset());
                server.injectNext(Endpoint.RESULT, 1, Fault.malformedJson());
                assertThat(poller.await(taskId).get(10, TimeUnit.SECONDS).status().isFinal()).isTrue();
                server.injectNext(Endpoint.SUBMIT, 1, Fault.connectionReset());
                texts.add(failureText(() -> client.submit(png("b.png"))));
                server.injectNext(Endpoint.SUBMIT, 1, Fault.imageFormatError());
                texts.add(failureText(() -> client.submit(png("c.png"))));
                server.injectNext(Endpoint.RESULT, 2, Fault.tokenExpired());
                texts.add(failureText(() -> client.getResult(taskId)));
                texts.add(failureText(() -> client.submit(SubmitRequest.ofTemplate("d.pdf",
                        TestDocuments.source(TestDocuments.image("png", 40, 30)), "t"))));
            }
            try (HttpIocrClient wrongSecret = new HttpIocrClient(config.toBuilder().secretKey(WRONG_SECRET).build())) {
                texts.add(failureText(() -> wrongSecret.getResult("task-x")));
            }

            for (ILoggingEvent event : appender.list) {
                texts.add(event.getFormattedMessage());
                for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                    texts.add(t.getClassName() + ": " + t.getMessage());
                }
            }
            List<String> secrets = new ArrayList<>(server.grantedTokens());
            assertThat(secrets).hasSizeGreaterThanOrEqualTo(3);
            secrets.add(IocrTestServer.API_KEY);
            secrets.add(IocrTestServer.SECRET_KEY);
            secrets.add(WRONG_SECRET);

            assertThat(appender.list).hasSizeGreaterThan(10);
            assertThat(texts).anySatisfy(text -> assertThat(text).contains("access_token=****"));
            for (String text : texts) {
                for (String secret : secrets) {
                    assertThat(text).as("log or exception text").doesNotContain(secret);
                }
            }
        }
    }

    private static SubmitRequest png(String name) {
        return SubmitRequest.ofTemplate(name, TestDocuments.source(TestDocuments.image("png", 40, 30)), "t");
    }

    private static String failureText(Runnable call) {
        try {
            call.run();
        } catch (IocrException e) {
            StringBuilder text = new StringBuilder(e.toString());
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                text.append(" / ").append(cause);
            }
            return text.toString();
        }
        throw new AssertionError("expected the call to fail");
    }
}
