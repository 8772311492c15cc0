package io.iocr.share;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document-details recognition panel template, rendered with real FreeMarker (see {@link SurfTemplates}) from
 * the seed's VAT invoice result in the recognition-API shape (src/test/resources/harness).
 */
class RecognitionPanelTemplateTest {

    static final String PANEL = "io/iocr/components/recognition/iocr-recognition";
    static final String HTML_ID = "template_x002e_document-metadata_x002e_document-details_x0023_iocr-recognition";
    static final String XSS = "<img src=x onerror=\"window.iocrXss=1\">&amp;\"'";

    private final SurfTemplates templates = new SurfTemplates();

    static Map<String, Object> seedInvoice() {
        return SurfTemplates.readJson("harness/recognition-vat-invoice.json");
    }

    static Map<String, Object> model(Map<String, Object> recognition, String fragment) {
        Map<String, Object> args = new HashMap<>();
        args.put("htmlid", HTML_ID);
        args.put("nodeRef", recognition.get("nodeRef"));
        if (fragment != null) {
            args.put("fragment", fragment);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("args", args);
        model.put("nodeRef", recognition.get("nodeRef"));
        model.put("recognition", recognition);
        model.put("widgets", List.of(Map.of("id", "IocrRecognitionPanel", "name", "IOCR.RecognitionPanel",
                "options", Map.of("nodeRef", recognition.get("nodeRef")))));
        return model;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> fields(Map<String, Object> recognition) {
        return (List<Map<String, Object>>) recognition.get("fields");
    }

    static Map<String, Object> field(Map<String, Object> recognition, String id) {
        return fields(recognition).stream().filter(f -> id.equals(f.get("id"))).findFirst().orElseThrow();
    }

    /** The seed's invoice with the payload in a value, a raw text, a label, a warning and the error message. */
    static Map<String, Object> invoiceWithXssPayload() {
        Map<String, Object> r = seedInvoice();
        field(r, "iocr:sellerName").put("value", XSS);
        field(r, "iocr:sellerName").put("raw", XSS + " raw");
        field(r, "iocr:buyerName").put("label", XSS);
        field(r, "iocr:totalAmount").put("warnings", List.of(XSS));
        ((List<Object>) r.get("warnings")).add(XSS);
        r.put("docType", XSS);
        r.put("error", new HashMap<>(Map.of("category", "INPUT", "code", "216201", "message", XSS)));
        return r;
    }

    private String render(Map<String, Object> recognition, Locale locale) {
        return templates.render(PANEL, model(recognition, null), locale);
    }

    @Test
    void listsEverySeedFieldGroupedByAspectWithItsLabelAndNormalisedValue() {
        String html = render(seedInvoice(), Locale.ENGLISH);

        assertThat(html).contains("<h3 class=\"iocr-aspect\">Invoice</h3>", "<h3 class=\"iocr-aspect\">Other extracted fields</h3>");
        assertThat(html.indexOf(">Invoice</h3>")).isLessThan(html.indexOf(">Other extracted fields</h3>"));
        assertThat(count(html, "class=\"iocr-field\"")).isEqualTo(fields(seedInvoice()).size());
        assertThat(html).contains("<span class=\"iocr-field-label\" title=\"开票日期\">Invoice date</span>",
                "<span class=\"iocr-field-value\">2019-08-28", "<span class=\"iocr-field-value\">360.00",
                "<span class=\"iocr-field-value\">阿里云计算有限公司", "<span class=\"iocr-field-value\">百度在线网络技术(北京)有限公司");
        assertThat(html).contains("<li class=\"iocr-line-item\" role=\"presentation\">Line 1</li>");
        assertThat(html).contains("data-iocr-status=\"SUCCEEDED\"", "<span class=\"iocr-status-badge\">Recognised</span>",
                "<span class=\"iocr-status-detail\">增值税专用发票</span>", "Model: vat_invoice");
    }

    @Test
    void groupsLineItemCellsPerLineUnderLineItemsWithTheirColumnNamesTranslated() {
        Map<String, Object> r = seedInvoice();
        Map<String, Object> secondLine = new HashMap<>(field(r, "iocr:lineItems[0].name"));
        secondLine.putAll(Map.of("id", "iocr:lineItems[1].discount", "label", "discount", "lineItem", 1, "value", "5%"));
        fields(r).add(fields(r).indexOf(field(r, "iocr:lineItems[0].tax")) + 1, secondLine);
        String html = render(r, Locale.ENGLISH);

        String items = html.substring(html.indexOf(">Line items</h3>"), html.indexOf(">Other extracted fields</h3>"));
        assertThat(items).contains(">Line 1</li>", ">Line 2</li>", ">Unit price</span>", ">Item name</span>", ">discount</span>");
        assertThat(items.indexOf(">Line 1</li>")).isLessThan(items.indexOf(">Unit price</span>"));
        assertThat(items.indexOf(">Unit price</span>")).isLessThan(items.indexOf(">Line 2</li>"));
        assertThat(render(r, Locale.SIMPLIFIED_CHINESE)).contains(">单价</span>", ">第 2 行</li>");
    }

    /**
     * recognition-seed-from-repository.json is what iocr-platform's GET web script answered for the seed's success
     * example (captured over its in-process harness, as RecognitionWebScriptsIT sets it up): boxes all null.
     */
    @Test
    void rendersTheRepositorysOwnAnswerForTheSeedExampleAsAListWithoutBoxes() {
        Map<String, Object> r = SurfTemplates.readJson("harness/recognition-seed-from-repository.json");
        String html = render(r, Locale.ENGLISH);

        assertThat(count(html, "class=\"iocr-field\"")).isEqualTo(fields(r).size()).isEqualTo(18);
        assertThat(html).doesNotContain("data-iocr-locations");
        assertThat(count(html, "iocr-field-nobox\">No position on the page")).isEqualTo(18);
        assertThat(count(html, "<h3 class=\"iocr-aspect\">")).isEqualTo(1);
        assertThat(html).contains("<h3 class=\"iocr-aspect\">Invoice</h3>", ">Line 1</li>", ">单价</span>",
                "fails the GB 32100 check character", "data-iocr-pages=\"1:640x400\"");
        assertThat(row(html, "iocr:invoiceNumber")).contains("<span class=\"iocr-field-value\">07285251",
                "<span class=\"iocr-field-raw\">No 07285251</span>");
    }

    @Test
    void showsTheRecognisedTextOnlyWhereItDiffersFromTheNormalisedValue() {
        String html = render(seedInvoice(), Locale.ENGLISH);

        assertThat(row(html, "iocr:invoiceDate")).contains("Recognised as <span class=\"iocr-field-raw\">2019年08月28日</span>");
        assertThat(row(html, "iocr:totalAmount")).contains("<span class=\"iocr-field-raw\">¥360.00</span>");
        assertThat(row(html, "iocr:lineItems[0].unitPrice")).contains("<span class=\"iocr-field-raw\">339. 62</span>");
        assertThat(row(html, "iocr:sellerName")).doesNotContain("iocr-field-raw");
    }

    @Test
    void writesEachBoxAndThePageSizesForTheClientAndListsAFieldWithoutBoxWithoutLocations() {
        String html = render(seedInvoice(), Locale.ENGLISH);

        assertThat(html).contains("data-iocr-pages=\"1:1600x1000 2:1000x1400\"");
        assertThat(row(html, "iocr:invoiceNumber")).contains("data-iocr-locations=\"1:1180,88,1410,88,1410,122,1180,122\"");
        assertThat(row(html, "iocr:extracted[0]")).contains("data-iocr-locations=\"2:360,260,660,260,660,304,360,304\"");
        // 价税合计(大写): box and cbox null, as in the seed
        assertThat(row(html, "iocr:totalInWords")).doesNotContain("data-iocr-locations")
                .contains("<span class=\"iocr-field-extra iocr-field-nobox\">No position on the page</span>");
    }

    @Test
    void fallsBackToTheCboxWhenTheFourPointBoxIsMissing() {
        Map<String, Object> r = seedInvoice();
        Map<String, Object> location = new HashMap<>(Map.of("page", 1, "cbox", List.of(10, 20, 30, 40)));
        location.put("box", null);
        field(r, "iocr:invoiceCode").put("locations", List.of(location));

        assertThat(row(render(r, Locale.ENGLISH), "iocr:invoiceCode")).contains("data-iocr-locations=\"1:10,20,30,40\"");
    }

    @Test
    void escapesAnXssPayloadWhereverRecognisedOrRepositoryTextIsRendered() {
        String html = render(invoiceWithXssPayload(), Locale.ENGLISH);

        assertThat(html).doesNotContain("<img src=x").doesNotContain("onerror=\"window");
        String escaped = "&lt;img src=x onerror=&quot;window.iocrXss=1&quot;&gt;&amp;amp;&quot;&#39;";
        assertThat(row(html, "iocr:sellerName")).contains("<span class=\"iocr-field-value\">" + escaped,
                "<span class=\"iocr-field-raw\">" + escaped + " raw</span>");
        assertThat(row(html, "iocr:buyerName")).contains("<span class=\"iocr-field-label\" title=\"名称\">" + escaped + "</span>");
        assertThat(row(html, "iocr:totalAmount")).contains("<span class=\"iocr-field-warning\">&#9888; " + escaped + "</span>");
        assertThat(html).contains("<li>" + escaped + "</li>", "<span class=\"iocr-error-message\">" + escaped + "</span>",
                "<span class=\"iocr-status-detail\">" + escaped + "</span>");
    }

    @Test
    void resolvesEveryMessageKeyInEnglishAndChinese() {
        Map<String, Object> running = seedInvoice();
        running.put("status", "SUBMITTED");
        running.put("attempts", 2);
        Map<String, Object> failed = invoiceWithXssPayload();
        failed.put("status", "FAILED");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (Map<String, Object> r : List.of(seedInvoice(), running, failed)) {
                String html = render(r, locale);
                // an unresolved key is printed as the key itself
                assertThat(html).doesNotContainPattern(Pattern.compile(">[^<]*\\biocr\\.[a-z]+\\.[A-Za-z.]+"));
            }
        }
        String chinese = render(seedInvoice(), Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese).contains(">识别结果</h2>", ">已识别</span>", ">重新识别</button>", "识别原文");
    }

    @Test
    void showsProgressAndDisablesReRunWhileRecognitionIsQueuedOrRunning() {
        Map<String, Object> r = seedInvoice();
        r.put("status", "SUBMITTED");
        r.put("attempts", 2);
        String html = render(r, Locale.ENGLISH);

        assertThat(html).contains("<ol class=\"iocr-progress\"", "<li class=\"iocr-step-done\">Queued</li>",
                "<li class=\"iocr-step-current\">Recognising</li>", "Attempt 2");
        r.put("status", "PENDING");
        assertThat(render(r, Locale.ENGLISH)).contains("<li class=\"iocr-step-current\">Queued</li>",
                "<li class=\"iocr-step-todo\">Recognising</li>");
        assertThat(html).contains("<button type=\"button\" class=\"iocr-rerun\" disabled=\"disabled\">Re-run recognition</button>");
    }

    @Test
    void showsTheErrorMessageCodeAndWhatToDoWhenRecognitionFailed() {
        Map<String, Object> r = seedInvoice();
        r.put("status", "FAILED");
        r.put("fields", List.of());
        r.put("error", Map.of("category", "INPUT", "code", "216201", "message", "image format error"));
        String html = render(r, Locale.ENGLISH);

        assertThat(html).contains("<div class=\"iocr-error\" role=\"alert\">", "image format error", "(code 216201)",
                "The file cannot be recognised as it is");
        assertThat(html).contains("<button type=\"button\" class=\"iocr-rerun\">Re-run recognition</button>");
    }

    @Test
    void offersNoReRunToAUserWithoutWritePermission() {
        Map<String, Object> r = seedInvoice();
        r.put("canRerun", false);

        assertThat(render(r, Locale.ENGLISH)).doesNotContain("class=\"iocr-rerun\"");
    }

    @Test
    void offersRecognitionForADocumentNeverRecognised() {
        Map<String, Object> r = new HashMap<>(Map.of("nodeRef", seedInvoice().get("nodeRef"), "status", "NONE",
                "fields", List.of(), "warnings", List.of(), "pages", List.of(), "canRerun", true));
        String html = render(r, Locale.ENGLISH);

        assertThat(html).contains("Not recognised", "This document has not been recognised yet.", ">Recognise</button>");
    }

    @Test
    void reportsARepositoryFailureInsteadOfFields() {
        Map<String, Object> model = model(seedInvoice(), null);
        model.remove("recognition");
        model.put("loadError", "500");

        assertThat(templates.render(PANEL, model, Locale.ENGLISH))
                .contains("The recognition could not be loaded (HTTP 500).").doesNotContain("iocr-field");
    }

    @Test
    void loadsItsScriptsAndCreatesThePanelWidgetWithItsMessages() {
        String html = render(seedInvoice(), Locale.ENGLISH);

        assertThat(html).contains("src=\"/share/res/iocr-share/components/recognition/iocr-geometry.js\"",
                "src=\"/share/res/iocr-share/components/recognition/iocr-recognition.js\"",
                "href=\"/share/res/iocr-share/components/recognition/iocr-recognition.css\"");
        assertThat(html).contains("new IOCR.RecognitionPanel(\"" + HTML_ID + "\").setOptions({\"nodeRef\":\"workspace:\\/\\/SpacesStore\\/");
        assertThat(html).contains("\"iocr.rerun.queued\":\"Recognition queued.\"");
        assertThat(html).containsPattern("<div id=\"" + HTML_ID + "\">\\s*<div class=\"iocr-recognition document-details-panel\">");
    }

    @Test
    void bodyFragmentCarriesTheStateButNoScripts() {
        String html = templates.render(PANEL, model(seedInvoice(), "body"), Locale.ENGLISH);

        assertThat(html).contains("data-iocr-status=\"SUCCEEDED\"", "iocr-field").doesNotContain("<script", "<h2");
    }

    static String row(String html, String fieldId) {
        Matcher m = Pattern.compile("<li class=\"iocr-field\"[^>]*data-iocr-field=\"" + Pattern.quote(fieldId)
                + "\".*?</li>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("row of %s", fieldId).isTrue();
        return m.group();
    }

    static int count(String text, String needle) {
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            at.add(i);
        }
        return at.size();
    }
}
