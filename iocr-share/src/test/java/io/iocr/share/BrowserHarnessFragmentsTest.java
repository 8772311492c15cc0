package io.iocr.share;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static io.iocr.share.RecognitionPanelTemplateTest.PANEL;
import static io.iocr.share.RecognitionPanelTemplateTest.invoiceWithXssPayload;
import static io.iocr.share.RecognitionPanelTemplateTest.model;
import static io.iocr.share.RecognitionPanelTemplateTest.seedInvoice;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the panel states the browser tests (src/test/js, run in the integration-test phase) put on their
 * harness page, so that Chromium exercises the real template output together with the real client scripts.
 * Written to target/iocr-harness.
 */
class BrowserHarnessFragmentsTest {

    private final SurfTemplates templates = new SurfTemplates();
    private final Path out = Path.of(System.getProperty("basedir", "."), "target", "iocr-harness");

    @Test
    void rendersThePanelStatesTheBrowserHarnessLoads() throws IOException {
        Files.createDirectories(out);
        Map<String, Object> pending = seedInvoice();
        pending.put("status", "PENDING");
        pending.put("fields", java.util.List.of());
        pending.put("warnings", java.util.List.of());
        pending.put("finished", null);

        write("panel-invoice.html", templates.render(PANEL, model(seedInvoice(), null), Locale.ENGLISH));
        write("panel-invoice-zh_CN.html", templates.render(PANEL, model(inChinese(seedInvoice()), null), Locale.SIMPLIFIED_CHINESE));
        Map<String, Object> withoutPageSizes = seedInvoice();
        withoutPageSizes.put("pages", java.util.List.of());
        write("panel-invoice-nopages.html", templates.render(PANEL, model(withoutPageSizes, null), Locale.ENGLISH));
        write("panel-seed-repository.html", templates.render(PANEL,
                model(SurfTemplates.readJson("harness/recognition-seed-from-repository.json"), null), Locale.ENGLISH));
        write("panel-xss.html", templates.render(PANEL, model(invoiceWithXssPayload(), null), Locale.ENGLISH));
        write("body-invoice.html", templates.render(PANEL, model(seedInvoice(), "body"), Locale.ENGLISH));
        write("body-pending.html", templates.render(PANEL, model(pending, "body"), Locale.ENGLISH));

        assertThat(Files.readString(out.resolve("panel-invoice.html"))).contains("new IOCR.RecognitionPanel(");
        assertThat(Files.readString(out.resolve("body-pending.html"))).contains("data-iocr-status=\"PENDING\"");
    }

    /** What the repository answers a zh_CN user: labels from the content model's Chinese bundle. */
    private static Map<String, Object> inChinese(Map<String, Object> recognition) {
        Map<String, String> labels = Map.ofEntries(
                Map.entry("iocr:invoiceCode", "发票代码"), Map.entry("iocr:invoiceNumber", "发票号码"),
                Map.entry("iocr:invoiceDate", "开票日期"), Map.entry("iocr:buyerName", "购买方名称"),
                Map.entry("iocr:buyerTaxId", "购买方纳税人识别号"), Map.entry("iocr:buyerAddressPhone", "购买方地址、电话"),
                Map.entry("iocr:buyerBankAccount", "购买方开户行及账号"),
                Map.entry("iocr:totalInWords", "价税合计(大写)"), Map.entry("iocr:totalAmount", "价税合计(小写)"),
                Map.entry("iocr:sellerName", "销售方名称"), Map.entry("iocr:sellerTaxId", "销售方纳税人识别号"),
                Map.entry("iocr:sellerAddressPhone", "销售方地址、电话"), Map.entry("iocr:sellerBankAccount", "销售方开户行及账号"));
        for (Map<String, Object> field : RecognitionPanelTemplateTest.fields(recognition)) {
            field.put("label", labels.getOrDefault((String) field.get("id"), (String) field.get("label")));
            if (field.get("aspect") != null) {
                field.put("aspectLabel", "iocr:invoice".equals(field.get("aspect")) ? "发票" : "识别字段");
            }
        }
        return recognition;
    }

    private void write(String name, String html) throws IOException {
        Files.writeString(out.resolve(name), html, StandardCharsets.UTF_8);
    }
}
