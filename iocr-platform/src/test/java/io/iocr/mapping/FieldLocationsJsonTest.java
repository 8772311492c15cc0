package io.iocr.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON kept in iocr:fieldLocations, which the recognition web script turns into the panel's fields. */
class FieldLocationsJsonTest {

    @Test
    void seedInvoiceRoundTripsWithRawAndNormalisedValuesAndNullBoxes() {
        MappedResult result = Fixtures.map("seed/get-result-success.json", "vat_invoice");

        String json = FieldLocationsJson.write(result);
        FieldLocationsJson.Document document = FieldLocationsJson.read(json);

        assertThat(json).contains("\"box\":null", "\"cbox\":null");
        assertThat(document.version()).isEqualTo(1);
        assertThat(document.docType()).isEqualTo("增值税发票");
        assertThat(document.fields()).hasSameSizeAs(result.fields());
        FieldLocationsJson.Field number = field(document, "iocr:invoiceNumber");
        assertThat(number.aspect()).isEqualTo("iocr:invoice");
        assertThat(number.key()).isEqualTo("发票号码");
        assertThat(number.raw()).isEqualTo("No 07285251");
        assertThat(number.value()).isEqualTo("07285251");
        assertThat(number.lineItem()).isNull();
        assertThat(number.locations()).containsExactly(new FieldLocationsJson.Box(1, null, null));
        assertThat(field(document, "iocr:totalAmount").value()).isEqualTo("360.00");
        assertThat(field(document, "iocr:invoiceDate").value()).isEqualTo("2019-08-28");
        FieldLocationsJson.Field unitPrice = field(document, "iocr:lineItems[0].unitPrice");
        assertThat(unitPrice.lineItem()).isZero();
        assertThat(unitPrice.raw()).isEqualTo("339. 62");
        assertThat(unitPrice.value()).isEqualTo("339.62");
        assertThat(field(document, "iocr:buyerTaxId").warnings()).singleElement().asString().contains("GB 32100");
        assertThat(document.warnings()).hasSameSizeAs(result.warnings());
    }

    @Test
    void boxesAndPagesAreKeptForTheOverlay() {
        FieldLocationsJson.Document document = FieldLocationsJson.read(FieldLocationsJson.write(
                Fixtures.map("id-card-both-sides.json", null)));

        FieldLocationsJson.Field authority = field(document, "iocr:idCardAuthority");
        assertThat(authority.locations()).singleElement().satisfies(box -> {
            assertThat(box.page()).isEqualTo(2);
            assertThat(box.cbox()).containsExactly(400, 460, 360, 40);
            assertThat(box.box()).hasSize(4).first().isEqualTo(List.of(400, 460));
        });
    }

    @Test
    void anUnconvertibleValueIsListedWithItsRawTextAndNoValue() {
        FieldLocationsJson.Document document = FieldLocationsJson.read(FieldLocationsJson.write(
                Fixtures.map("invoice-partially-unreadable.json", null)));

        FieldLocationsJson.Field date = field(document, "iocr:invoiceDate");
        assertThat(date.raw()).isEqualTo("2026年13月05日");
        assertThat(date.value()).isNull();
        assertThat(date.warnings()).isNotEmpty();
    }

    @Test
    void somethingElseIsRejected() {
        assertThatThrownBy(() -> FieldLocationsJson.read("[1,2]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iocr:fieldLocations");
    }

    private static FieldLocationsJson.Field field(FieldLocationsJson.Document document, String property) {
        return document.fields().stream().filter(f -> f.property().equals(property)).findFirst().orElseThrow();
    }
}
