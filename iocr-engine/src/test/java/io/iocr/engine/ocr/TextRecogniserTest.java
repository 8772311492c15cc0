package io.iocr.engine.ocr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OrtEnvironment;
import io.iocr.engine.ShippedModels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRecogniserTest {

    @Test
    void aDictionaryThatDoesNotBelongToTheModelFailsAtStartUpNamingBothCounts() {
        byte[] model = ShippedModels.bytes(ShippedModels.RECOGNITION);
        List<String> keys = new String(ShippedModels.bytes(OcrEngine.DICTIONARY), StandardCharsets.UTF_8).lines()
                .toList();
        List<String> shortened = keys.subList(0, keys.size() - 100); // an older or another model's dictionary
        try (OnnxModel recognition = OcrEngine.onLargeStack(
                () -> new OnnxModel(OrtEnvironment.getEnvironment(), "recognition", model, 1))) {
            assertThatThrownBy(() -> new TextRecogniser(List.of(recognition), null,
                    OcrConfig.ofDefaults().recognition(), shortened))
                    .isInstanceOf(OcrException.class)
                    .hasMessageContaining("6625 output classes")
                    .hasMessageContaining("makes 6525");
        }
    }
}
