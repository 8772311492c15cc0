package io.iocr.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.iocr.client.model.FieldValue;
import io.iocr.client.model.KvResult;
import io.iocr.client.model.PageResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Malformed or partial results map what they can and warn about the rest; nothing throws, nothing is dropped. */
class MappingRobustnessTest {

    @Test
    void partiallyUnreadableInvoiceKeepsEveryRawTextAndWarnsPerProblem() {
        MappedResult result = Fixtures.map("invoice-partially-unreadable.json", null);

        assertThat(result.aspects()).contains("iocr:invoice", "iocr:extracted");
        assertThat(result.properties()).contains(
                entry("iocr:invoiceCode", "031001900111"),
                entry("iocr:buyerName", "上海明远贸易有限公司"),
                entry("iocr:buyerTaxId", "9131011"),
                entry("iocr:totalInWords", "壹佰零伍圆伍角整"),
                entry("iocr:totalAmountRaw", "¥1O5.5O"))
                .doesNotContainKeys("iocr:invoiceDate", "iocr:totalAmount", "iocr:sellerName", "iocr:payee");
        // unreadable values keep their raw text, for the panel and a re-map
        assertThat(result.rawValues()).contains(entry("iocr:invoiceDate", "2026年13月05日"),
                entry("iocr:totalAmount", "¥1O5.5O"), entry("iocr:invoiceNumber", "No 5327l9O8"));
        assertThat(result.fields()).filteredOn(f -> f.property().equals("iocr:invoiceDate")).singleElement()
                .satisfies(f -> {
                    assertThat(f.value()).isNull();
                    assertThat(f.text()).isEqualTo("2026年13月05日");
                });
        assertThat(result.warnings()).extracting(MappingWarning::property).contains("iocr:invoiceNumber",
                "iocr:invoiceDate", "iocr:buyerTaxId", "iocr:totalAmount");
        assertThat(Fixtures.messages(result)).anySatisfy(m -> assertThat(m).contains("not a valid calendar date"))
                .anySatisfy(m -> assertThat(m).contains("the amount in words '壹佰零伍圆伍角整' reads 105.50"))
                .anySatisfy(m -> assertThat(m).contains("机器编号 '661616330123' is not mapped"));
        assertThat(result.extractedText()).contains("机器编号: 661616330123", "开票日期: 2026年13月05日");
    }

    @Test
    void aRunningOrMissingResultYieldsAWarningAndNoProperties() {
        MappedResult running = Fixtures.map("seed/get-result-running.json", "vat_invoice");
        assertThat(running.properties()).isEmpty();
        assertThat(running.aspects()).isEmpty();
        assertThat(Fixtures.messages(running)).containsExactly("The task's status is Running, not Success");

        MappedResult none = Fixtures.SHIPPED.map(null, null);
        assertThat(Fixtures.messages(none)).containsExactly("There is no result to map");
    }

    @Test
    void nullValuesListsRowsAndLocationsAreTolerated() {
        Map<String, List<FieldValue>> single = new HashMap<>();
        single.put("发票号码", null);
        List<FieldValue> names = new ArrayList<>();
        names.add(null);
        names.add(new FieldValue(null, null));
        names.add(new FieldValue("甲公司", null));
        single.put("名称", names);
        Map<String, List<Map<String, FieldValue>>> combo = new HashMap<>();
        List<Map<String, FieldValue>> rows = new ArrayList<>();
        rows.add(null);
        Map<String, FieldValue> row = new HashMap<>();
        row.put("金额", null);
        row.put("货物或应税劳务、服务名称", new FieldValue("办公用品", null));
        rows.add(row);
        combo.put("货物或应税劳务、服务信息", rows);
        PageResult withoutPageNumber = new PageResult(null, null, null, new KvResult(single, combo, null, null));

        MappedResult result = Fixtures.SHIPPED.map(Results.response(Results.page().build(1), withoutPageNumber),
                "vat_invoice");

        // the null entry is skipped; the empty 名称 holds the buyer's place, so 甲公司 is the seller
        assertThat(result.properties()).contains(entry("iocr:lineItemNames", List.of("办公用品")),
                entry("iocr:sellerName", "甲公司")).doesNotContainKey("iocr:buyerName");
        assertThat(result.warnings()).isEmpty();
        assertThat(result.locations()).as("the page's position stands in for its missing page_num")
                .allSatisfy(l -> assertThat(l.page()).isEqualTo(2));
    }

    @Test
    void aDocumentNoMappingKnowsIsSearchableThroughExtractedFieldsOnly() {
        MappedResult result = Fixtures.map("custom-purchase-contract.json", null);

        assertThat(result.aspects()).containsExactly("iocr:extracted");
        assertThat(result.docType()).isEqualTo("采购合同");
        assertThat(result.warnings()).isEmpty();
        assertThat(result.properties()).containsOnlyKeys("iocr:extractedText", "iocr:extractedFields");
        assertThat(result.properties().get("iocr:extractedFields")).asList().containsExactly(
                "合同编号: CG-2026-0042", "甲方: 杭州云栖贸易有限公司", "乙方: 宁波海港物流有限公司",
                "合同金额: ¥128,000.00", "签订日期: 2026年09月30日");
    }

    @Test
    void fullTextOfAGenericPageIsExtractedToo() throws Exception {
        String json = """
                {"error_code":0,"task_result":{"task_id":"t","status":"Success"},"words_result":[{"page_num":1,
                 "doc_type":"其他","kv_result":{"single_key":{},"full_result":{"lines":[
                  {"words":"会议纪要","location":{"box":null,"cbox":[10,10,100,20]}},
                  {"words":"二〇二六年十一月","location":null}]}}}]}""";
        MappedResult result = Fixtures.SHIPPED.map(
                Fixtures.JSON.readValue(json, io.iocr.client.model.RecognitionResponse.class), null);

        assertThat(result.extractedText()).isEqualTo("会议纪要\n二〇二六年十一月");
        assertThat(result.properties().get("iocr:extractedFields")).asList().isEmpty();
    }
}
