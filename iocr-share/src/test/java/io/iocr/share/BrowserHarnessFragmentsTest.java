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
        write("panel-invoice-zh_CN.html", templates.render(PANEL, model(seedInvoice(), null), Locale.SIMPLIFIED_CHINESE));
        write("panel-xss.html", templates.render(PANEL, model(invoiceWithXssPayload(), null), Locale.ENGLISH));
        write("body-invoice.html", templates.render(PANEL, model(seedInvoice(), "body"), Locale.ENGLISH));
        write("body-pending.html", templates.render(PANEL, model(pending, "body"), Locale.ENGLISH));

        assertThat(Files.readString(out.resolve("panel-invoice.html"))).contains("new IOCR.RecognitionPanel(");
        assertThat(Files.readString(out.resolve("body-pending.html"))).contains("data-iocr-status=\"PENDING\"");
    }

    private void write(String name, String html) throws IOException {
        Files.writeString(out.resolve(name), html, StandardCharsets.UTF_8);
    }
}
