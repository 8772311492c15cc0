package io.iocr.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EngineConfigTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        EngineConfig config = EngineConfig.ofDefaults();

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8099);
        assertThat(config.credentialsRequired()).isFalse();
        assertThat(config.tokenTtl()).isEqualTo(Duration.ofDays(30));
        assertThat(config.workers()).isEqualTo(1);
        assertThat(config.resultTtl()).isEqualTo(Duration.ofMinutes(60));
        assertThat(config.emulateQps()).isFalse();
        assertThat(config.submitQps()).isEqualTo(2);
        assertThat(config.getResultQps()).isEqualTo(10);
        assertThat(config.maxDocumentMb()).isEqualTo(10);
        assertThat(config.ocr().useClassifier()).isFalse();
        assertThat(config.ocr().modelDir()).isNull();
        assertThat(config.ocr().simplifyModels()).isTrue();
        assertThat(config.ocr().detection().maxSide()).isEqualTo(960);
        assertThat(config.ocr().recognition().batchSize()).isEqualTo(1);
        assertThat(config.ocr().recognition().minWidth()).isEqualTo(96);
        assertThat(config.ocr().recognition().widthScale()).isEqualTo(0.85);
        assertThat(config.ocr().recognition().int8()).isTrue();
        assertThat(config.ocr().recognition().parallel()).isZero();
    }

    @Test
    void anEnvironmentVariableOverridesASystemPropertyWhichOverridesTheDefault() {
        Properties system = new Properties();
        system.setProperty("iocr.engine.port", "9001");
        system.setProperty("iocr.engine.workers", "3");

        EngineConfig config = EngineConfig.fromSources(Map.of("IOCR_ENGINE_PORT", "9002",
                "IOCR_ENGINE_QPS_EMULATE", "true", "IOCR_ENGINE_OCR_MODELDIR", "/models"), system);

        assertThat(config.port()).isEqualTo(9002);
        assertThat(config.workers()).isEqualTo(3);
        assertThat(config.emulateQps()).isTrue();
        assertThat(config.ocr().modelDir()).isEqualTo("/models");
        EngineConfig tuned = EngineConfig.fromSources(Map.of("IOCR_ENGINE_OCR_RECWIDTHSCALE", "1",
                "IOCR_ENGINE_OCR_DETMAXSIDE", "1280", "IOCR_ENGINE_OCR_RECINT8", "false"), system);
        assertThat(tuned.ocr().recognition().widthScale()).isEqualTo(1.0);
        assertThat(tuned.ocr().recognition().int8()).isFalse();
        assertThat(tuned.ocr().detection().maxSide()).isEqualTo(1280);
    }

    @Test
    void credentialsAreRequiredOnlyWhenBothAreSetAndNeverPrinted() {
        EngineConfig config = EngineConfig.fromSources(Map.of("IOCR_ENGINE_API_KEY", "ak-123",
                "IOCR_ENGINE_API_SECRET", "sk-456"), new Properties());

        assertThat(config.credentialsRequired()).isTrue();
        assertThat(config.toString()).doesNotContain("ak-123").doesNotContain("sk-456");
        assertThat(EngineConfig.fromSources(Map.of("IOCR_ENGINE_API_KEY", "ak"), new Properties())
                .credentialsRequired()).isFalse();
    }

    @Test
    void refusesAValueOutOfRangeNamingTheKey() {
        assertThatThrownBy(() -> EngineConfig.fromSources(Map.of("IOCR_ENGINE_PORT", "70000"), new Properties()))
                .hasMessageContaining("iocr.engine.port");
        assertThatThrownBy(() -> EngineConfig.fromSources(Map.of("IOCR_ENGINE_WORKERS", "many"), new Properties()))
                .hasMessageContaining("iocr.engine.workers");
        assertThatThrownBy(() -> EngineConfig.fromSources(Map.of("IOCR_ENGINE_OCR_RECWIDTHSCALE", "narrow"),
                new Properties())).hasMessageContaining("iocr.engine.ocr.recWidthScale");
        assertThatThrownBy(() -> EngineConfig.fromSources(Map.of("IOCR_ENGINE_OCR_RECWIDTHSCALE", "0.3"),
                new Properties())).hasMessageContaining("widthScale");
    }
}
