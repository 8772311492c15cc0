package io.iocr.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.iocr.client.testserver.Endpoint;
import io.iocr.client.testserver.IocrTestServer;
import io.iocr.client.testserver.IocrTestServer.Options;
import org.junit.jupiter.api.Test;

/**
 * A fresh install has no Baidu credentials and talks to the offline engine, which grants a token to anyone; the
 * same settings against an endpoint that wants credentials fail with a message saying which properties to set.
 */
class MissingCredentialsTest {

    private static IocrClientConfig withoutCredentials(IocrTestServer server) {
        return IocrClientConfig.builder()
                .tokenUrl(server.url(Endpoint.TOKEN))
                .requestUrl(server.url(Endpoint.SUBMIT))
                .resultUrl(server.url(Endpoint.RESULT))
                .build();
    }

    @Test
    void anEndpointThatGrantsTokensToAnyoneIsUsedWithoutCredentials() {
        try (IocrTestServer server = IocrTestServer.start(Options.defaults().withOpenAccess());
                HttpIocrClient client = new HttpIocrClient(withoutCredentials(server))) {
            String taskId = client.submit(SubmitRequest.ofTemplate("scan.png",
                    TestDocuments.source(TestDocuments.image("png", 200, 100)), "multiple_invoice"));

            assertThat(taskId).isNotBlank();
            assertThat(server.acceptedSubmits()).isEqualTo(1);
        }
    }

    @Test
    void anEndpointThatWantsCredentialsNamesThePropertiesToSet() {
        try (IocrTestServer server = IocrTestServer.start(Options.defaults());
                HttpIocrClient client = new HttpIocrClient(withoutCredentials(server))) {
            IocrException refused = catchThrowableOfType(IocrException.class, () -> client.submit(
                    SubmitRequest.ofTemplate("scan.png", TestDocuments.source(TestDocuments.image("png", 200, 100)),
                            "multiple_invoice")));

            assertThat(refused.category()).isEqualTo(ErrorCategory.CONFIGURATION);
            assertThat(refused.getMessage()).contains("none are configured", IocrClientConfig.API_KEY,
                    IocrClientConfig.SECRET_KEY);
            assertThat(server.receivedSubmits()).isEmpty();
        }
    }
}
