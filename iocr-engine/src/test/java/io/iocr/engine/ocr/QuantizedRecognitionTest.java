package io.iocr.engine.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import io.iocr.engine.SharedOcr;
import io.iocr.engine.docgen.DocumentGenerator;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The recognition model with its widest convolutions in 8-bit integers reads what the float model reads. */
class QuantizedRecognitionTest {

    private static final OcrConfig FLOAT = OcrConfig.ofDefaults()
            .withRecognition(OcrConfig.ofDefaults().recognition().withInt8(false));

    @Test
    void isTheDefault() {
        assertThat(SharedOcr.get().config().recognition().int8()).isTrue();
    }

    @Test
    void readsTwoInvoicesAsTheFloatModelDoesButForAtMostOneLineInSixty() {
        try (OcrEngine floatModel = new OcrEngine(FLOAT)) {
            for (long seed : new long[] {7, 8}) {
                BufferedImage invoice = DocumentGenerator.invoice(new Random(seed)).image();
                List<String> quantized = texts(SharedOcr.get().read(invoice));
                List<String> reference = texts(floatModel.read(invoice));

                assertThat(quantized).hasSameSizeAs(reference).hasSizeGreaterThan(40);
                int differing = 0;
                for (int i = 0; i < reference.size(); i++) {
                    differing += quantized.get(i).equals(reference.get(i)) ? 0 : 1;
                }
                assertThat(differing).as("lines read differently, of %d", reference.size())
                        .isLessThanOrEqualTo(reference.size() / 60);
            }
        }
    }

    @Test
    void readsPrintedFieldValuesExactly() {
        BufferedImage image = OcrEngineTest.render(900, 300, 0, "发票号码：3321192130", "开票日期：2019年08月28日",
                "价税合计（小写）￥360.00");

        try (OcrEngine floatModel = new OcrEngine(FLOAT)) {
            assertThat(texts(SharedOcr.get().read(image))).isEqualTo(texts(floatModel.read(image)))
                    .containsExactly("发票号码:3321192130", "开票日期:2019年08月28日", "价税合计(小写)¥360.00");
        }
    }

    private static List<String> texts(List<TextLine> lines) {
        return lines.stream().map(TextLine::text).toList();
    }
}
