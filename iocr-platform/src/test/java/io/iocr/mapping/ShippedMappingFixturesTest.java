package io.iocr.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Every shipped mapping file, on a realistic result of its preset model (fixtures with boxes). */
class ShippedMappingFixturesTest {

    @Test
    void vatSpecialInvoiceOrdersRepeatedKeysByTheirBoxesBuyerAboveSeller() {
        // iOCR listed the seller's 名称/纳税人识别号/地址、电话/开户行及账号 first; the boxes put the buyer block on top
        MappedResult result = Fixtures.map("invoice-vat-special-with-boxes.json", null);

        assertThat(result.docType()).isEqualTo("增值税专用发票");
        assertThat(result.properties()).contains(
                entry("iocr:invoiceType", "增值税专用发票"),
                entry("iocr:invoiceCode", "4403194130"),
                entry("iocr:invoiceNumber", "19283746"),
                entry("iocr:invoiceDate", LocalDate.of(2026, 10, 9)),
                entry("iocr:invoiceYear", 2026L),
                entry("iocr:buyerName", "深圳前海数据服务有限公司"),
                entry("iocr:buyerTaxId", "91440300MA5DC8XK01"),
                entry("iocr:buyerAddressPhone", "深圳市南山区前海大道1号 0755-86001234"),
                entry("iocr:buyerBankAccount", "中国银行深圳前海支行 7564 8899 2211"),
                entry("iocr:sellerName", "深圳市云端软件有限公司"),
                entry("iocr:sellerTaxId", "91310115MA1K3YJ21E"),
                entry("iocr:amountWithoutTax", 2830.19),
                entry("iocr:taxAmount", 169.81),
                entry("iocr:totalAmount", 3000.00),
                entry("iocr:totalInWords", "叁仟圆整"),
                entry("iocr:payee", "陈静"), entry("iocr:reviewer", "刘洋"), entry("iocr:issuer", "王芳"),
                entry("iocr:remarks", "合同号HT-2026-0917"),
                entry("iocr:lineItemNames", List.of("*信息技术服务*云服务器租赁", "*信息技术服务*技术支持费")),
                entry("iocr:lineItemCount", 2L));
        assertThat(result.warnings()).as("valid IDs, amounts that add up, words that agree").isEmpty();
        assertThat(Fixtures.lineItems(result)).extracting(i -> i.get("unitPrice"), i -> i.get("amount"),
                        i -> i.get("taxRate"), i -> i.get("unit"))
                .containsExactly(Tuple.tuple(943.396226415, 1886.79, "6%", "台"),
                        Tuple.tuple(943.40, 943.40, "6%", "项"));
        assertThat(result.locations()).filteredOn(l -> l.property().equals("iocr:buyerName")).singleElement()
                .satisfies(l -> {
                    assertThat(l.cbox()).containsExactly(420, 160, 440, 30);
                    assertThat(l.box()).containsExactly(List.of(420, 160), List.of(860, 160), List.of(860, 190),
                            List.of(420, 190));
                });
    }

    @Test
    void idCardFrontMapsPersonAndChecksTheNumberAgainstBirthDateAndGender() {
        MappedResult result = Fixtures.map("id-card-front.json", "id_card_front");

        assertThat(result.aspects()).containsExactly("iocr:idCard", "iocr:extracted");
        assertThat(result.properties()).contains(entry("iocr:idCardSide", "front"), entry("iocr:idCardName", "张丽"),
                entry("iocr:idCardGender", "女"), entry("iocr:idCardEthnicity", "汉"),
                entry("iocr:idCardBirthDate", LocalDate.of(1949, 12, 31)),
                entry("iocr:idCardAddress", "北京市朝阳区建国路88号院3号楼2单元501号"),
                entry("iocr:idCardNumber", "11010519491231002X"));
        assertThat(result.warnings()).isEmpty();
        assertThat(result.locations()).extracting(FieldLocation::property).containsExactly("iocr:idCardName",
                "iocr:idCardGender", "iocr:idCardEthnicity", "iocr:idCardBirthDate", "iocr:idCardAddress",
                "iocr:idCardNumber");
    }

    @Test
    void idCardNumberThatContradictsTheCardOrItsCheckDigitIsKeptAndWarned() {
        MappedResult result = Fixtures.SHIPPED.map(Results.page().docType("身份证正面").key("性别", "男")
                .key("出生", "1949年12月30日").key("公民身份号码", "110105194912310021").response(), null);

        assertThat(result.properties()).containsEntry("iocr:idCardNumber", "110105194912310021");
        assertThat(Fixtures.messages(result)).containsExactlyInAnyOrder(
                "ID number 110105194912310021 fails the GB 11643 check digit (expected X)",
                "ID number 110105194912310021 encodes the birth date 1949-12-31 but the document reads 1949-12-30",
                "ID number 110105194912310021 encodes the gender 女 but the document reads 男");
    }

    @Test
    void idCardBackWithChangQiHasNoEndDateButTheIndefiniteFlag() {
        MappedResult result = Fixtures.map("id-card-back.json", "id_card_back");

        assertThat(result.properties()).contains(entry("iocr:idCardSide", "back"),
                entry("iocr:idCardAuthority", "北京市公安局朝阳分局"),
                entry("iocr:idCardValidFrom", LocalDate.of(2015, 1, 8)),
                entry("iocr:idCardValidIndefinitely", true)).doesNotContainKey("iocr:idCardValidTo");
        assertThat(result.warnings()).isEmpty();
        assertThat(result.rawValues()).contains(entry("iocr:idCardValidIndefinitely", "长期"));
    }

    @Test
    void businessLicenceChecksTheCreditCodeAndReadsTheOpenEndedValidity() {
        MappedResult result = Fixtures.map("biz-license.json", "biz_license");

        assertThat(result.aspects()).contains("iocr:businessLicence");
        assertThat(result.properties()).contains(entry("iocr:bizCreditCode", "91110108MA01GH7K38"),
                entry("iocr:bizName", "北京星河智能科技有限公司"),
                entry("iocr:bizType", "有限责任公司(自然人投资或控股)"), // full-width brackets folded by NFKC
                entry("iocr:bizLegalRepresentative", "赵明"), entry("iocr:bizRegisteredCapital", "壹仟万元整"),
                entry("iocr:bizEstablished", LocalDate.of(2018, 6, 12)),
                entry("iocr:bizValidFrom", LocalDate.of(2018, 6, 12)), entry("iocr:bizValidIndefinitely", true),
                entry("iocr:bizScope", "技术开发、技术咨询、技术服务;软件开发;数据处理。"),
                entry("iocr:bizAddress", "北京市海淀区中关村大街27号10层1001"),
                entry("iocr:bizAuthority", "北京市海淀区市场监督管理局")).doesNotContainKey("iocr:bizValidTo");
        // 证件编号 has no property: warned about, and searchable through iocr:extracted
        assertThat(result.warnings()).extracting(MappingWarning::key).containsExactly("证件编号");
        assertThat(result.extractedText()).contains("证件编号: 110108012345678");
    }

    @Test
    void driverLicenceCountsASixYearPeriodFromTheStartDate() {
        MappedResult result = Fixtures.map("driver-license.json", "driver_license");

        assertThat(result.properties()).contains(entry("iocr:dlNumber", "440308200001010012"),
                entry("iocr:dlName", "李强"), entry("iocr:dlGender", "男"), entry("iocr:dlNationality", "中国"),
                entry("iocr:dlBirthDate", LocalDate.of(2000, 1, 1)),
                entry("iocr:dlFirstIssued", LocalDate.of(2018, 3, 15)), entry("iocr:dlVehicleClass", "C1"),
                entry("iocr:dlValidFrom", LocalDate.of(2018, 3, 15)),
                entry("iocr:dlValidTo", LocalDate.of(2024, 3, 15)), entry("iocr:dlValidPeriod", "6年"),
                entry("iocr:dlValidIndefinitely", false));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void driverLicenceDuplicatePageAddsFileNumberAndRecord() {
        MappedResult result = Fixtures.map("driver-license-back.json", "driver_license_back");

        assertThat(result.aspects()).contains("iocr:driverLicence");
        assertThat(result.properties()).contains(entry("iocr:dlNumber", "440308200001010012"),
                entry("iocr:dlFileNumber", "440301987654"), entry("iocr:dlRecord", "请于2024年03月15日前换领新证"));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void vehicleLicenceMapsIdentifiersWithoutSpaces() {
        MappedResult result = Fixtures.map("vehicle-license.json", "vehicle_license");

        assertThat(result.properties()).contains(entry("iocr:vlPlateNumber", "京A·12345"),
                entry("iocr:vlVehicleType", "小型普通客车"), entry("iocr:vlOwner", "王伟"),
                entry("iocr:vlUseCharacter", "非营运"), entry("iocr:vlModel", "大众汽车牌SVW71612BM"),
                entry("iocr:vlVin", "LSVAU2180N2123456"), entry("iocr:vlEngineNumber", "DJT012345"),
                entry("iocr:vlRegistered", LocalDate.of(2020, 5, 15)), entry("iocr:vlIssued", LocalDate.of(2020, 5, 15)));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void vehicleLicenceDuplicatePageReadsMassesAsKilogramsAndSkipsDashes() {
        MappedResult result = Fixtures.map("vehicle-license-back.json", "vehicle_license_back");

        assertThat(result.properties()).contains(entry("iocr:vlPassengers", 5L), entry("iocr:vlTotalMassKg", 1800L),
                entry("iocr:vlCurbMassKg", 1350L), entry("iocr:vlDimensions", "4753×1800×1462MM"),
                entry("iocr:vlFileNumber", "110001234567"), entry("iocr:vlInspection", "检验有效期至2026年05月京A"))
                .doesNotContainKeys("iocr:vlLoadMassKg", "iocr:vlTowMassKg");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void bankCardNumberLosesItsGroupingAndPassesLuhn() {
        MappedResult result = Fixtures.map("bank-card.json", "bank_card");

        assertThat(result.aspects()).contains("iocr:bankCard");
        assertThat(result.properties()).contains(entry("iocr:bankCardNumber", "6222020200112233446"),
                entry("iocr:bankCardValidThru", "05/33"), entry("iocr:bankName", "中国工商银行"),
                entry("iocr:bankCardType", "借记卡")).doesNotContainKey("iocr:bankCardHolder");
        assertThat(result.rawValues()).contains(entry("iocr:bankCardNumber", "6222 0202 0011 2233 446"));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void bothSidesOfAnIdCardOnTwoPagesMapByEachPagesDocType() {
        MappedResult result = Fixtures.map("id-card-both-sides.json", null);

        assertThat(result.docType()).isEqualTo("身份证正面");
        assertThat(result.properties()).contains(entry("iocr:idCardSide", "front"), entry("iocr:idCardName", "张丽"),
                entry("iocr:idCardAuthority", "北京市公安局朝阳分局"), entry("iocr:idCardValidIndefinitely", true));
        assertThat(result.locations()).filteredOn(l -> l.property().equals("iocr:idCardAuthority"))
                .extracting(FieldLocation::page).containsExactly(2);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void everyShippedPresetHasAFixtureHere() {
        assertThat(MappingCatalog.shipped().all()).extracting(MappingDefinition::id).containsExactlyInAnyOrder(
                "invoice", "id_card_front", "id_card_back", "biz_license", "driver_license", "driver_license_back",
                "vehicle_license", "vehicle_license_back", "bank_card");
    }
}
