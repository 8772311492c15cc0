package io.iocr.alfresco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.iocr.client.IocrClientConfig;

/** The pipeline's settings: documented defaults, the admin's overrides, and clear errors for bad values. */
class PipelineSettingsTest {

    @Test
    void theModulePropertiesFileHoldsExactlyTheCodeDefaults() throws IOException {
        Properties module = RecogniseActionExecuterTest.properties(
                "alfresco/module/iocr-platform/alfresco-global.properties");

        assertThat(PipelineSettings.from(module)).isEqualTo(PipelineSettings.ofDefaults());
        assertThat(module.stringPropertyNames()).contains("iocr.pipeline.cronExpression", "iocr.pipeline.enabled",
                "iocr.mapping.customFolder", "iocr.autoRecognise.folders");
    }

    @Test
    void theModuleClientDefaultsAreTheClientsOwnButPointAtTheOfflineEngine() throws IOException {
        Properties module = RecogniseActionExecuterTest.properties(
                "alfresco/module/iocr-platform/alfresco-global.properties");

        IocrClientConfig config = IocrClientConfig.fromProperties(module::getProperty);

        IocrClientConfig defaults = IocrClientConfig.ofDefaults();
        assertThat(config).usingRecursiveComparison().ignoringFields("tokenUrl", "requestUrl", "resultUrl")
                .isEqualTo(defaults);
        assertThat(config.requestUrl().getHost()).isEqualTo("localhost");
        assertThat(config.requestUrl().getPort()).isEqualTo(8099);
        assertThat(config.requestUrl().getPath()).isEqualTo(defaults.requestUrl().getPath());
        assertThat(config.resultUrl().getPath()).isEqualTo(defaults.resultUrl().getPath());
        assertThat(config.tokenUrl().getPath()).isEqualTo(defaults.tokenUrl().getPath());
        assertThat(config.hasCredentials()).isFalse();
    }

    @Test
    void defaultsFollowTheIocrDocumentation() {
        PipelineSettings defaults = PipelineSettings.ofDefaults();

        assertThat(defaults.pollInitialDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.defaultTemplate()).isEqualTo("multiple_invoice");
        assertThat(defaults.folders()).isEmpty();
        assertThat(defaults.supports("image/jpeg")).isTrue();
        assertThat(defaults.supports("application/PDF")).isTrue();
        assertThat(defaults.supports("application/vnd.ms-excel")).isFalse();
    }

    @Test
    void foldersAreNamedByPathWithATemplateOrAClassifier() {
        Properties properties = new Properties();
        properties.setProperty("iocr.autoRecognise.folders",
                "/Company Home/Finance/Invoices/=multiple_invoice; Company Home/HR/ID cards=id_card_front;"
                        + "/Company Home/Inbox=classifier:project-yht3ia44;/Company Home/Any");

        assertThat(PipelineSettings.from(properties).folders()).containsExactly(
                new PipelineSettings.FolderRule("/Company Home/Finance/Invoices", "multiple_invoice", null),
                new PipelineSettings.FolderRule("/Company Home/HR/ID cards", "id_card_front", null),
                new PipelineSettings.FolderRule("/Company Home/Inbox", null, "project-yht3ia44"),
                new PipelineSettings.FolderRule("/Company Home/Any", null, null));
    }

    @Test
    void aBadValueNamesItsKey() {
        Properties properties = new Properties();
        properties.setProperty("iocr.pipeline.maxAttempts", "five");
        assertThatThrownBy(() -> PipelineSettings.from(properties))
                .hasMessageContaining("iocr.pipeline.maxAttempts").hasMessageContaining("five");

        properties.setProperty("iocr.pipeline.maxAttempts", "0");
        assertThatThrownBy(() -> PipelineSettings.from(properties)).hasMessageContaining("iocr.pipeline.maxAttempts");

        Properties flag = new Properties();
        flag.setProperty("iocr.autoRecognise.enabled", "yes");
        assertThatThrownBy(() -> PipelineSettings.from(flag)).hasMessageContaining("iocr.autoRecognise.enabled");
    }

    @Test
    void aFileNameGetsTheExtensionOfItsRealTypeWhenItLacksIt() {
        assertThat(RecognitionPump.fileName("scan", "image/jpeg")).isEqualTo("scan.jpg");
        assertThat(RecognitionPump.fileName("scan.JPEG", "image/jpeg")).isEqualTo("scan.JPEG");
        assertThat(RecognitionPump.fileName("发票.pdf", "application/pdf")).isEqualTo("发票.pdf");
        assertThat(RecognitionPump.fileName("invoice.png", "application/pdf")).isEqualTo("invoice.png.pdf");
    }
}
