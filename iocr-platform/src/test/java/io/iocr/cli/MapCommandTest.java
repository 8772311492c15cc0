package io.iocr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./run.sh map: what an administrator sees for a saved get_result response. */
class MapCommandTest {

    private static final String SEED = "src/test/resources/fixtures/seed/get-result-success.json";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return MapCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsAspectsTypedPropertiesRawValuesLineItemsAndWarnings() {
        assertThat(run(SEED, "--template", "vat_invoice")).isZero();

        assertThat(out()).contains("Aspects:  iocr:invoice, iocr:extracted")
                .containsPattern("iocr:totalAmount +=  ?360\\.00 \\[double\\]  ← 价税合计\\(小写\\): \"¥360\\.00\" @ p1")
                .containsPattern("iocr:invoiceDate +=  ?2019-08-28 \\[date\\]")
                .containsPattern("iocr:invoiceNumber +=  ?07285251 \\[text\\]  ← 发票号码: \"No 07285251\"")
                .containsPattern("iocr:sellerName +=  ?阿里云计算有限公司 \\[text\\]")
                .contains("iocr:lineItems[0].unitPrice = 339.62  ← \"339. 62\"")
                .contains("Warnings (2)", "iocr:buyerTaxId: Credit code 91110911717743469K fails the GB 32100 check");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void jsonPrintsTheFieldLocationsDocument() {
        assertThat(run(SEED, "--json")).isZero();
        assertThat(out()).contains("\"property\" : \"iocr:invoiceNumber\"", "\"raw\" : \"No 07285251\"");
    }

    @Test
    void aCustomMappingFolderIsUsedLikeTheRepositoryDoes(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("contract.json"), """
                {"id": "contract", "docTypes": ["采购合同"], "aspects": ["acme:contract"],
                 "fields": [{"key": "合同编号", "property": "acme:contractNumber", "type": "identifier"}]}""");
        assertThat(run("src/test/resources/fixtures/custom-purchase-contract.json", "--mappings",
                folder.toString())).isZero();
        assertThat(out()).contains("Aspects:  acme:contract, iocr:extracted")
                .containsPattern("acme:contractNumber += CG-2026-0042 \\[text\\]");
    }

    @Test
    void wrongArgumentsAndUnreadableFilesFailWithAMessage(@TempDir Path folder) throws Exception {
        assertThat(run()).isEqualTo(2);
        assertThat(run(SEED, "--bogus")).isEqualTo(2);
        assertThat(run(SEED, "--template")).isEqualTo(2);
        Path notJson = Files.writeString(folder.resolve("x.json"), "not json");
        assertThat(run(notJson.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: ./run.sh map", "Cannot read");
    }
}
