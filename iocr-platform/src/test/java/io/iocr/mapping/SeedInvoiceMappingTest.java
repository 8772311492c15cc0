package io.iocr.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The API document's own success example (a VAT invoice) maps to exactly these typed values. */
class SeedInvoiceMappingTest {

    private static final String SEED = "seed/get-result-success.json";

    @ParameterizedTest(name = "templateSign {0}")
    @NullSource
    @ValueSource(strings = {"vat_invoice", "multiple_invoice"})
    void seedExampleMapsToTheInvoiceAspectWithExactTypedValues(String templateSign) {
        MappedResult result = Fixtures.map(SEED, templateSign);

        assertThat(result.aspects()).containsExactly("iocr:invoice", "iocr:extracted");
        Map<String, Object> p = result.properties();
        assertThat(p).contains(
                entry("iocr:invoiceCode", "3321192130"),
                entry("iocr:invoiceNumber", "07285251"),
                entry("iocr:invoiceDate", LocalDate.of(2019, 8, 28)),
                entry("iocr:invoiceYear", 2019L),
                entry("iocr:buyerName", "百度在线网络技术(北京)有限公司"),
                entry("iocr:buyerTaxId", "91110911717743469K"),
                entry("iocr:buyerAddressPhone", "北京市海淀区上地十街10号百度大厦三层"),
                entry("iocr:buyerBankAccount", "招商银行北京分行大屯路支行866180100210002"),
                entry("iocr:sellerName", "阿里云计算有限公司"),
                entry("iocr:sellerTaxId", "91330106673959654P"),
                entry("iocr:sellerAddressPhone", "杭州市转塘科技经济区块16号8幢 0571-85022088"),
                entry("iocr:sellerBankAccount", "招商银行杭州高新支行502905023610702"),
                entry("iocr:totalAmount", 360.00),
                entry("iocr:totalAmountRaw", "¥360.00"),
                entry("iocr:totalInWords", "叁佰陆拾圆整"),
                entry("iocr:lineItemNames", List.of("*信息技术服务*软件服务费")),
                entry("iocr:lineItemCount", 1L));
        assertThat(p).doesNotContainKeys("iocr:amountWithoutTax", "iocr:taxAmount", "iocr:invoiceType");
        assertThat(result.docType()).isEqualTo("增值税发票");
        assertThat(result.rawValues()).contains(entry("iocr:invoiceNumber", "No 07285251"),
                entry("iocr:totalAmount", "¥360.00"), entry("iocr:invoiceDate", "2019年08月28日"));
    }

    @Test
    void lineItemKeepsTypedFiguresAndTheirRawCells() {
        MappedResult result = Fixtures.map(SEED, "vat_invoice");

        List<Map<String, Object>> items = Fixtures.lineItems(result);
        assertThat(items).hasSize(1);
        Map<String, Object> item = items.get(0);
        assertThat(item).contains(entry("name", "*信息技术服务*软件服务费"), entry("quantity", 1.0),
                entry("unitPrice", 339.62), entry("amount", 339.62), entry("tax", 20.38), entry("page", 1));
        assertThat(item).doesNotContainKeys("unit", "specification", "taxRate"); // empty cells
        assertThat(item.get("raw")).isEqualTo(Map.of("name", "*信息技术服务*软件服务费", "quantity", "1",
                "unitPrice", "339. 62", "amount", "339. 62", "tax", "20. 38"));
        assertThat(result.fields()).filteredOn(f -> f.lineItem() != null)
                .extracting(MappedField::property, MappedField::raw, MappedField::text)
                .contains(org.assertj.core.groups.Tuple.tuple("iocr:lineItems[0].unitPrice", "339. 62", "339.62"),
                        org.assertj.core.groups.Tuple.tuple("iocr:lineItems[0].tax", "20. 38", "20.38"));
    }

    @Test
    void amountInWordsAgreesWithTheFiguresSoOnlyTheInvalidBuyerTaxIdAndTheUnmappedTableAreWarned() {
        MappedResult result = Fixtures.map(SEED, "vat_invoice");

        // 91110911717743469K fails GB 32100 (its check character would be 7); the example's second table (a taxi
        // receipt's deduction block) is no line item. Nothing else: the amount in words agrees with 360.00.
        assertThat(result.warnings()).extracting(MappingWarning::property, MappingWarning::key)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("iocr:buyerTaxId", "纳税人识别号"),
                        org.assertj.core.groups.Tuple.tuple(null, "购买方扣税凭证信息"));
        assertThat(Fixtures.messages(result)).anySatisfy(m -> assertThat(m).contains("expected 7"));
    }

    @Test
    void everyMappedValueHasALocationEntryEvenWithoutBoxes() {
        MappedResult result = Fixtures.map(SEED, "vat_invoice");

        assertThat(result.locations()).hasSameSizeAs(result.fields());
        assertThat(result.locations()).allSatisfy(l -> {
            assertThat(l.page()).isEqualTo(1);
            assertThat(l.box()).isNull();
            assertThat(l.cbox()).isNull();
        });
        assertThat(result.locations()).extracting(FieldLocation::property, FieldLocation::key).contains(
                org.assertj.core.groups.Tuple.tuple("iocr:invoiceNumber", "发票号码"),
                org.assertj.core.groups.Tuple.tuple("iocr:sellerName", "名称"),
                org.assertj.core.groups.Tuple.tuple("iocr:lineItems[0].name", "货物或应税劳务、服务名称"));
    }

    @Test
    void everyKeyAndValueIsSearchableAsExtractedText() {
        MappedResult result = Fixtures.map(SEED, "vat_invoice");

        assertThat(result.extractedText()).contains("名称: 阿里云计算有限公司", "发票号码: No 07285251",
                "车号: 京B.26353", "单价: 339. 62");
        @SuppressWarnings("unchecked")
        List<String> fields = (List<String>) result.properties().get("iocr:extractedFields");
        assertThat(fields).contains("价税合计(大写): 叁佰陆拾圆整", "开票日期: 2019年08月28日");
        assertThat(result.properties().get("iocr:extractedText")).isEqualTo(result.extractedText());
    }
}
