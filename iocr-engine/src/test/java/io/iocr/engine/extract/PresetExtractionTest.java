package io.iocr.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.iocr.client.model.FieldValue;
import io.iocr.client.model.PageResult;
import io.iocr.engine.SharedOcr;
import io.iocr.engine.docgen.DocumentGenerator;
import io.iocr.engine.docgen.FieldScore;
import io.iocr.engine.docgen.GeneratedDocument;
import io.iocr.engine.ocr.TextLine;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PresetExtractionTest {

    private final PageRecognizer recognizer = new PageRecognizer(SharedOcr.get());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"multiple_invoice", "id_card_front", "id_card_back", "biz_license", "driver_license",
            "vehicle_license", "bank_card"})
    void extractsEveryPrintedFieldOfTheTemplateExactly(String templateSign) {
        GeneratedDocument doc = DocumentGenerator.generate(templateSign, new Random(7));

        PageResult page = recognize(doc, doc.templateSign());

        assertThat(FieldScore.of(doc, page).misses()).isEmpty();
        assertThat(page.docType()).isEqualTo(doc.docType());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"multiple_invoice", "id_card_front", "id_card_back", "biz_license", "driver_license",
            "vehicle_license", "bank_card"})
    void classifiesTheDocumentWhenOnlyAClassifierIdIsGiven(String templateSign) {
        GeneratedDocument doc = DocumentGenerator.generate(templateSign, new Random(11));

        PageResult page = recognize(doc, null);

        assertThat(page.docType()).isEqualTo(doc.docType());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"multiple_invoice", "id_card_front"})
    void locatesEveryValueInsideTheImageItCameFrom(String templateSign) {
        GeneratedDocument doc = DocumentGenerator.generate(templateSign, new Random(3));

        PageResult page = recognize(doc, doc.templateSign());

        for (List<FieldValue> values : page.kvResult().singleKey().values()) {
            for (FieldValue value : values) {
                if (value.words().isEmpty()) {
                    continue;
                }
                List<Integer> cbox = value.location().cbox();
                assertThat(cbox).hasSize(4);
                assertThat(cbox.get(0)).isBetween(0, doc.image().getWidth());
                assertThat(cbox.get(1)).isBetween(0, doc.image().getHeight());
                assertThat(cbox.get(0) + cbox.get(2)).isLessThanOrEqualTo(doc.image().getWidth());
                assertThat(value.location().box()).hasSize(4);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void writesInvoiceLineItemsAsComboKeyRows() {
        GeneratedDocument doc = DocumentGenerator.invoice(new Random(5));

        PageResult page = recognize(doc, "vat_invoice");

        List<Map<String, FieldValue>> rows = page.kvResult().comboKey().get("货物或应税劳务、服务信息");
        assertThat(rows).hasSize(doc.rows().size());
        assertThat(rows.get(0)).containsOnlyKeys(doc.rows().get(0).keySet());
        assertThat(rows.get(0).get("金额").words()).isEqualTo(doc.rows().get(0).get("金额"));
        assertThat(rows.get(0).get("金额").location().cbox()).isNotNull();
    }

    @org.junit.jupiter.api.Test
    void answersAnUnknownModelWithEveryLineInFullResult() {
        GeneratedDocument doc = DocumentGenerator.idCardBack(new Random(2));

        PageResult page = recognize(doc, "custom-model-xyz");

        assertThat(page.docType()).isEqualTo("其他");
        assertThat(page.kvResult().singleKey()).isEmpty();
        assertThat(page.kvResult().fullResult().get("lines")).isNotEmpty();
        assertThat(page.kvResult().fullResult().get("lines").get(0).get("location").get("cbox")).hasSize(4);
        assertThat(page.kvResult().fullResult().toString()).contains("签发机关");
    }

    private PageResult recognize(GeneratedDocument doc, String templateSign) {
        List<TextLine> lines = SharedOcr.get().read(doc.image());
        return recognizer.recognise(1, lines, templateSign);
    }
}
