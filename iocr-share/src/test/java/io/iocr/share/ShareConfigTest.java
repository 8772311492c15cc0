package io.iocr.share;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import static io.iocr.share.MessageBundlesTest.RESOURCES;
import static io.iocr.share.MessageBundlesTest.global;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * share-config-custom.xml, the Surf extension module and the Spring context: well-formed, additive (our aspects,
 * ids and labels only) and consistent with one another.
 */
class ShareConfigTest {

    static final Path SHARE_CONFIG = RESOURCES.resolve("META-INF/share-config-custom.xml");
    static final Path CONTEXT = RESOURCES.resolve("alfresco/web-extension/iocr-share-slingshot-application-context.xml");
    static final Path EXTENSION = RESOURCES.resolve("alfresco/web-extension/site-data/extensions/iocr-share-extension.xml");
    static final Path WEB_RESOURCES = RESOURCES.resolve("META-INF/resources");

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagNameNS("*", tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    static List<Element> configs(Document doc, String evaluator) {
        return elements(doc, "config").stream().filter(c -> evaluator.equals(c.getAttribute("evaluator"))).toList();
    }

    @Test
    void everyXmlFileIsWellFormed() throws Exception {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            List<Path> xml = files.filter(p -> p.toString().endsWith(".xml")).toList();
            assertThat(xml).hasSizeGreaterThanOrEqualTo(4);
            for (Path file : xml) {
                assertThat(parse(file).getDocumentElement()).as(file.toString()).isNotNull();
            }
        }
    }

    @Test
    void configuresOnlyOurAspectsAndReplacesNothingStock() throws Exception {
        Document doc = parse(SHARE_CONFIG);
        assertThat(elements(doc, "config")).noneMatch(c -> c.hasAttribute("replace"));
        assertThat(configs(doc, "aspect")).hasSize(9)
                .allSatisfy(c -> assertThat(c.getAttribute("condition")).startsWith("iocr:"));
        assertThat(configs(doc, "node-type")).isEmpty();
        // cm:content gets extra search forms of its own id, never the stock default or "search" form
        for (Element config : configs(doc, "model-type")) {
            for (Element form : childElements(config, "form")) {
                assertThat(form.getAttribute("id")).startsWith("iocr-share-");
            }
        }
        Element aspects = elements(doc, "aspects").get(0);
        assertThat(childElements(aspects, "addable")).isEmpty();
        assertThat(childElements(aspects, "removeable")).isEmpty();
    }

    @Test
    void idsCarryTheModulePrefix() throws Exception {
        Document doc = parse(SHARE_CONFIG);
        for (String tag : List.of("action", "indicator", "set")) {
            elements(doc, tag).stream().filter(e -> e.hasAttribute("id"))
                    .forEach(e -> assertThat(e.getAttribute("id")).as(tag).startsWith("iocr-share-"));
        }
        elements(parse(CONTEXT), "bean").stream().filter(e -> e.hasAttribute("id"))
                .forEach(e -> assertThat(e.getAttribute("id")).startsWith("iocr-share."));
        assertThat(elements(parse(EXTENSION), "id").get(0).getTextContent()).startsWith("iocr-share-");
    }

    @Test
    void everyEvaluatorTheConfigNamesIsDefinedInOurContext() throws Exception {
        Set<String> beans = new LinkedHashSet<>();
        elements(parse(CONTEXT), "bean").forEach(b -> beans.add(b.getAttribute("id")));
        Set<String> used = new LinkedHashSet<>();
        elements(parse(SHARE_CONFIG), "evaluator").forEach(e -> used.add(e.getTextContent().trim()));
        assertThat(used).hasSize(5);
        assertThat(beans).containsAll(used);
    }

    @Test
    void everyLabelTheConfigNamesExistsInBothLanguages() throws Exception {
        Document doc = parse(SHARE_CONFIG);
        Set<String> keys = new LinkedHashSet<>();
        for (String attribute : List.of("label", "label-id", "labelId", "descriptionId", "help-id")) {
            for (String tag : List.of("action", "indicator", "set", "form", "field")) {
                elements(doc, tag).stream().map(e -> e.getAttribute(attribute)).filter(s -> !s.isEmpty()).forEach(keys::add);
            }
        }
        for (Element param : elements(doc, "control-param")) {
            if ("options".equals(param.getAttribute("name"))) {
                for (String option : param.getTextContent().split(",")) {
                    keys.add(option.substring(option.indexOf('|') + 1));
                }
            }
        }
        elements(doc, "aspect").forEach(a -> keys.add("aspect." + a.getAttribute("name").replace(':', '_')));
        assertThat(keys).hasSizeGreaterThan(30);
        for (Properties bundle : List.of(global(""), global("_zh_CN"))) {
            assertThat(bundle.stringPropertyNames()).containsAll(keys);
        }
    }

    @Test
    void theActionRunsTheFunctionOurScriptRegistersAndItsScriptsAndIconsAreShipped() throws Exception {
        Document doc = parse(SHARE_CONFIG);
        Element action = elements(doc, "action").get(0);
        String function = childElements(action, "param").get(0).getTextContent();
        assertThat(Files.readString(WEB_RESOURCES.resolve("iocr-share/components/documentlibrary/iocr-actions.js")))
                .contains("actionName: \"" + function + "\"");
        assertThat(WEB_RESOURCES.resolve("components/documentlibrary/actions/" + action.getAttribute("icon") + "-16.png")).isRegularFile();
        elements(doc, "indicator").forEach(i ->
                assertThat(WEB_RESOURCES.resolve("components/documentlibrary/indicators/" + i.getAttribute("icon"))).isRegularFile());
        elements(doc, "js").forEach(js -> assertThat(WEB_RESOURCES.resolve(js.getAttribute("src"))).isRegularFile());
        assertThat(childElements(action, "permissions").get(0).getTextContent().trim()).isEqualTo("Write");
    }

    @Test
    void thePanelSitsInTheDocumentMetadataRegionAndCallsOurWebScript() throws Exception {
        Document extension = parse(EXTENSION);
        assertThat(elements(extension, "region-id").get(0).getTextContent()).isEqualTo("document-metadata");
        assertThat(elements(extension, "source-id").get(0).getTextContent()).isEqualTo("document-details");
        Element sub = elements(extension, "sub-component").get(0);
        assertThat(sub.getAttribute("id")).isEqualTo("iocr-recognition");
        Document descriptor = parse(RESOURCES.resolve(
                "alfresco/web-extension/site-webscripts/io/iocr/components/recognition/iocr-recognition.get.desc.xml"));
        assertThat(elements(sub.getOwnerDocument(), "url").get(0).getTextContent())
                .isEqualTo(elements(descriptor, "url").get(0).getTextContent());
    }

    static List<Element> childElements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagNameNS("*", tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }
}
