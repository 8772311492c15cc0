package io.iocr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.iocr.client.TestDocuments;
import io.iocr.client.testserver.Endpoint;
import io.iocr.client.testserver.IocrTestServer;
import io.iocr.client.testserver.IocrTestServer.Options;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run.sh recognise}: the real client against a configured endpoint, then the shipped mappings. */
class RecogniseCommandTest {

    @TempDir
    Path dir;

    private IocrTestServer server;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startServer() throws IOException {
        server = IocrTestServer.start(Options.defaults());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private Properties endpointOfTheTestServer() {
        Properties properties = new Properties();
        properties.setProperty("iocr.client.tokenUrl", server.url(Endpoint.TOKEN).toString());
        properties.setProperty("iocr.client.requestUrl", server.url(Endpoint.SUBMIT).toString());
        properties.setProperty("iocr.client.resultUrl", server.url(Endpoint.RESULT).toString());
        properties.setProperty("iocr.client.apiKey", IocrTestServer.API_KEY);
        properties.setProperty("iocr.client.secretKey", IocrTestServer.SECRET_KEY);
        return properties;
    }

    private int recognise(Properties system, String... args) {
        return RecogniseCommand.run(args, system, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path invoiceScan() throws IOException {
        Path file = dir.resolve("invoice.png");
        Files.write(file, TestDocuments.image("png", 800, 500));
        return file;
    }

    @Test
    void printsTheTypedPropertiesOfARecognisedInvoice() throws IOException {
        int status = recognise(endpointOfTheTestServer(), invoiceScan().toString(), "--template", "multiple_invoice");

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("iocr:invoiceNumber", "07285251")
                .contains("iocr:invoiceDate", "2019-08-28")
                .contains("iocr:totalAmount", "360.00");
        assertThat(server.acceptedSubmits()).isEqualTo(1);
        assertThat(server.receivedSubmits().get(0).fields()).containsEntry("templateSign", "multiple_invoice")
                .containsEntry("file_name", "invoice.png");
    }

    @Test
    void usesTheConfiguredDefaultTemplateAndSavesTheRawResultForReplay() throws IOException {
        Properties system = endpointOfTheTestServer();
        system.setProperty("iocr.recognition.defaultTemplate", "vat_invoice");
        Path saved = dir.resolve("result.json");

        int status = recognise(system, invoiceScan().toString(), "--save", saved.toString());

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(server.receivedSubmits().get(0).fields()).containsEntry("templateSign", "vat_invoice");
        ByteArrayOutputStream replayed = new ByteArrayOutputStream();
        assertThat(MapCommand.run(new String[] {saved.toString()}, new PrintStream(replayed, true,
                StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .isZero();
        assertThat(replayed.toString(StandardCharsets.UTF_8)).contains("iocr:totalAmount", "360.00");
    }

    @Test
    void readsAnAdministratorsAlfrescoGlobalPropertiesFile() throws IOException {
        Path config = dir.resolve("alfresco-global.properties");
        try (var writer = Files.newBufferedWriter(config)) {
            endpointOfTheTestServer().store(writer, "an administrator's overrides");
        }

        int status = recognise(new Properties(), invoiceScan().toString(), "--config", config.toString(),
                "--template", "multiple_invoice");

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(server.acceptedSubmits()).isEqualTo(1);
    }

    @Test
    void aRefusedDocumentFailsWithTheReasonAndNothingIsSent() throws IOException {
        Path notAnImage = dir.resolve("scan.png");
        Files.writeString(notAnImage, "%PDF-1.7 this is a PDF named .png");

        int status = recognise(endpointOfTheTestServer(), notAnImage.toString(), "--template", "multiple_invoice");

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("INPUT");
        assertThat(server.receivedSubmits()).isEmpty();
    }

    @Test
    void wrongCredentialsAreReportedWithoutTheSecret() throws IOException {
        Properties system = endpointOfTheTestServer();
        system.setProperty("iocr.client.secretKey", "not-the-secret-s3cr3t");

        int status = recognise(system, invoiceScan().toString(), "--template", "multiple_invoice");

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("CONFIGURATION")
                .doesNotContain("not-the-secret-s3cr3t");
    }

    @Test
    void aMissingFileOrArgumentIsAUsageError() {
        assertThat(recognise(new Properties(), dir.resolve("missing.png").toString())).isEqualTo(2);
        assertThat(recognise(new Properties(), "--template")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: ./run.sh recognise");
    }
}
