package io.iocr.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mapping selection, and the administrator's folder of mapping files for custom extraction models. */
class MappingCatalogTest {

    private static final String CONTRACT_MAPPING = """
            // the administrator's mapping for a custom extraction model, onto their own aspect
            {
              "id": "purchase_contract",
              "templateSigns": ["custom_contract_7f3a"],
              "docTypes": ["采购合同"],
              "aspects": ["acme:contract"],
              "fields": [
                {"key": "合同编号", "property": "acme:contractNumber", "type": "identifier"},
                {"key": "甲方", "property": "acme:buyer"},
                {"key": "乙方", "property": "acme:supplier"},
                {"key": "合同金额", "property": "acme:amount", "type": "money"},
                {"key": "签订日期", "property": "acme:signed", "type": "date"}
              ]
            }
            """;

    @Test
    void customModelsMapThroughTheAdministratorsFolderByTemplateOrDocType(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("purchase-contract.json"), CONTRACT_MAPPING);
        MappingFileResultMapper mapper = new MappingFileResultMapper(folder.toString());

        for (String templateSign : new String[] {"custom_contract_7f3a", null}) {
            MappedResult result = mapper.map(Fixtures.response("custom-purchase-contract.json"), templateSign);
            assertThat(result.aspects()).containsExactly("acme:contract", "iocr:extracted");
            assertThat(result.properties()).contains(entry("acme:contractNumber", "CG-2026-0042"),
                    entry("acme:buyer", "杭州云栖贸易有限公司"), entry("acme:supplier", "宁波海港物流有限公司"),
                    entry("acme:amount", 128000.00), entry("acme:signed", LocalDate.of(2026, 9, 30)));
            assertThat(result.warnings()).isEmpty();
        }
        assertThat(mapper.catalog().all()).hasSize(MappingCatalog.shipped().all().size() + 1);
    }

    @Test
    void aBrokenCustomFileIsSkippedAndTheOthersStillLoad(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("a-broken.json"), "{\"id\": \"broken\", \"templateSigns\": [");
        Files.writeString(folder.resolve("b-typo.json"),
                "{\"id\": \"typo\", \"templateSigns\": [\"x\"], \"feilds\": []}");
        Files.writeString(folder.resolve("c-contract.json"), CONTRACT_MAPPING);
        Files.writeString(folder.resolve("notes.txt"), "not a mapping");

        MappingCatalog catalog = MappingCatalog.withCustomFolder(folder.toString());

        assertThat(catalog.byId("purchase_contract")).isPresent();
        assertThat(catalog.byId("broken")).isEmpty();
        assertThat(catalog.byId("typo")).isEmpty();
        assertThat(catalog.byId("invoice")).isPresent();
    }

    @Test
    void aCustomFileWithAShippedIdReplacesIt(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("bank.json"), """
                {"id": "bank_card", "templateSigns": ["bank_card"], "aspects": ["iocr:bankCard"],
                 "fields": [{"key": "银行名称", "property": "iocr:bankName"}]}
                """);
        MappedResult result = new MappingFileResultMapper(folder.toString())
                .map(Fixtures.response("bank-card.json"), "bank_card");

        assertThat(result.properties()).containsEntry("iocr:bankName", "中国工商银行")
                .doesNotContainKey("iocr:bankCardNumber");
    }

    @Test
    void aMissingFolderMeansTheShippedMappingsOnly() {
        assertThat(MappingCatalog.withCustomFolder("/nonexistent/iocr-mappings").all())
                .hasSameSizeAs(MappingCatalog.shipped().all());
        assertThat(MappingCatalog.withCustomFolder("  ").all()).hasSameSizeAs(MappingCatalog.shipped().all());
    }

    @Test
    void invalidDefinitionsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> parse("{\"id\": \"x\", \"fields\": []}"))
                .hasMessageContaining("never applies");
        assertThatThrownBy(() -> parse("{\"id\": \"x\", \"templateSigns\": [\"t\"], "
                + "\"fields\": [{\"key\": \"k\", \"property\": \"noPrefix\"}]}"))
                .hasMessageContaining("'noPrefix' is not a prefixed name");
        assertThatThrownBy(() -> parse("{\"id\": \"x\", \"templateSigns\": [\"t\"], "
                + "\"fields\": [{\"key\": \"k\", \"property\": \"a:b\", \"type\": \"float\"}]}"))
                .hasMessageContaining("Unknown field type 'float'");
        assertThatThrownBy(() -> parse("{\"id\": \"x\", \"templateSigns\": [\"t\"], "
                + "\"fields\": [{\"key\": \"k\", \"property\": \"a:b\", \"pattern\": \"(\"}]}"))
                .hasMessageContaining("pattern does not compile");
    }

    @Test
    void selectionPrefersTheTemplateThenTheDocTypeThenTheKeysOfAGenericPage() {
        MappingCatalog catalog = MappingCatalog.shipped();
        assertThat(catalog.forTemplate("multiple_invoice")).map(MappingDefinition::id).contains("invoice");
        assertThat(catalog.forDocType("行驶证副页")).map(MappingDefinition::id).contains("vehicle_license_back");
        assertThat(catalog.detect(java.util.Set.of("姓名", "性别", "民族", "出生", "住址")))
                .map(MappingDefinition::id).contains("id_card_front");
        assertThat(catalog.detect(java.util.Set.of("姓名", "性别", "住址"))).isEmpty();
        assertThat(catalog.forTemplate("chinese_passport")).isEmpty();

        // a template wins over the page's doc_type
        MappedResult result = Fixtures.SHIPPED.map(Fixtures.response("id-card-front.json"), "bank_card");
        assertThat(result.aspects()).containsExactly("iocr:extracted");
        assertThat(result.warnings()).isNotEmpty();
    }

    private static MappingDefinition parse(String json) {
        return MappingCatalog.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
