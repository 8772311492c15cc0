package io.iocr.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The invoice mapping's explicit rules: code vs number, position of repeated keys, cross-checks. */
class InvoiceRulesTest {

    private static MappedResult map(Results page) {
        return Fixtures.SHIPPED.map(page.response(), "vat_invoice");
    }

    @Test
    void aTenOrTwelveDigitInvoiceNumberIsTheCodeOnlyWhenFaPiaoDaiMaIsAbsent() {
        MappedResult withCode = map(Results.page().key("发票代码", "044031900111")
                .key("发票号码", "3321192130", "No 07285251"));
        assertThat(withCode.properties()).contains(entry("iocr:invoiceCode", "044031900111"),
                entry("iocr:invoiceNumber", "07285251"));
        assertThat(withCode.warnings()).extracting(MappingWarning::message)
                .singleElement().asString().contains("'3321192130' is not mapped");

        MappedResult withoutCode = map(Results.page().key("发票号码", "No 07285251", "3321192130"));
        assertThat(withoutCode.properties()).contains(entry("iocr:invoiceCode", "3321192130"),
                entry("iocr:invoiceNumber", "07285251"));
        assertThat(withoutCode.warnings()).isEmpty();
    }

    @Test
    void aLoneEightDigitNumberIsTheNumberAndTwentyDigitsAreADigitalInvoiceNumber() {
        assertThat(map(Results.page().key("发票号码", "07285251")).properties())
                .containsEntry("iocr:invoiceNumber", "07285251").doesNotContainKey("iocr:invoiceCode");
        assertThat(map(Results.page().key("发票号码", "26442000000123456789")).properties())
                .containsEntry("iocr:invoiceNumber", "26442000000123456789").doesNotContainKey("iocr:invoiceCode");
        assertThat(map(Results.page().key("发票号码", "No.07285251")).properties())
                .containsEntry("iocr:invoiceNumber", "07285251");
    }

    @Test
    void anOddLookingNumberIsStoredAsRecognisedWithAWarning() {
        MappedResult result = map(Results.page().key("发票号码", "0728525"));
        assertThat(result.properties()).containsEntry("iocr:invoiceNumber", "0728525");
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.property()).isEqualTo("iocr:invoiceNumber");
            assertThat(w.message()).contains("does not have the expected form");
        });
    }

    @Test
    void withoutBoxesTheFirstListedNameIsTheBuyersAndWithBoxesTheTopmost() {
        MappedResult listed = map(Results.page().key("名称", "甲公司", "乙公司"));
        assertThat(listed.properties()).contains(entry("iocr:buyerName", "甲公司"), entry("iocr:sellerName", "乙公司"));

        MappedResult boxed = map(Results.page().keyAt("名称", "乙公司", 400, 560).keyAt("名称", "甲公司", 400, 160));
        assertThat(boxed.properties()).contains(entry("iocr:buyerName", "甲公司"), entry("iocr:sellerName", "乙公司"));
    }

    @Test
    void explicitBuyerAndSellerKeysWinOverPosition() {
        MappedResult result = map(Results.page().key("SellerName", "乙公司").key("PurchaserName", "甲公司"));
        assertThat(result.properties()).contains(entry("iocr:buyerName", "甲公司"), entry("iocr:sellerName", "乙公司"));
    }

    @Test
    void amountInWordsThatDisagreesWithTheFiguresIsWarned() {
        MappedResult result = map(Results.page().key("价税合计(大写)", "叁佰伍拾圆整").key("价税合计(小写)", "¥360.00"));
        assertThat(result.properties()).containsEntry("iocr:totalAmount", 360.00);
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.property()).isEqualTo("iocr:totalAmount");
            assertThat(w.message()).contains("叁佰伍拾圆整", "350.00", "360.00");
        });
    }

    @Test
    void missingFiguresAreTakenFromTheAmountInWordsWithAWarning() {
        MappedResult result = map(Results.page().key("价税合计(大写)", "叁佰陆拾圆整").key("发票号码", "No 07285251"));
        assertThat(result.properties()).containsEntry("iocr:totalAmount", 360.00);
        assertThat(result.warnings()).extracting(MappingWarning::message)
                .singleElement().asString().contains("taken from the amount in words");
    }

    @Test
    void amountsThatDoNotAddUpAreWarned() {
        MappedResult result = map(Results.page().key("合计金额", "¥339.62").key("合计税额", "¥20.38")
                .key("价税合计(小写)", "¥380.00"));
        assertThat(result.warnings()).extracting(MappingWarning::message).singleElement().asString()
                .contains("= 360.00", "380.00");
    }

    @Test
    void fullWidthKeysAndEnglishAliasesFindTheSameRules() {
        MappedResult result = map(Results.page().key("价税合计（小写）", "￥１２０．００").key("InvoiceDate", "2024.02.29")
                .row("货物或应税劳务、服务信息", Map.of("CommodityName", "办公用品", "CommodityAmount", "106.19")));
        assertThat(result.properties()).contains(entry("iocr:totalAmount", 120.00),
                entry("iocr:invoiceDate", java.time.LocalDate.of(2024, 2, 29)),
                entry("iocr:lineItemNames", java.util.List.of("办公用品")));
        assertThat(Fixtures.lineItems(result).get(0)).containsEntry("amount", 106.19);
    }
}
