package io.iocr.share;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.iocr.share.MessageBundlesTest.MODULE;
import static io.iocr.share.ShareConfigTest.CONTEXT;
import static io.iocr.share.ShareConfigTest.SHARE_CONFIG;
import static io.iocr.share.ShareConfigTest.childElements;
import static io.iocr.share.ShareConfigTest.configs;
import static io.iocr.share.ShareConfigTest.elements;
import static io.iocr.share.ShareConfigTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Share configuration names only aspects and properties the repository's content model (iocr-platform)
 * defines, with controls that suit their types, and covers every aspect of the model.
 */
class ContentModelConsistencyTest {

    static final Path MODEL = MODULE.resolve("../iocr-platform/src/main/resources/alfresco/module/iocr-platform/model/iocr-model.xml");

    /** property name -> {aspect, type} */
    private static final Map<String, String[]> PROPERTIES = new HashMap<>();
    private static final Set<String> ASPECTS = new LinkedHashSet<>();
    private static final Set<String> STATUS_VALUES = new LinkedHashSet<>();

    @BeforeAll
    static void readModel() throws Exception {
        assertThat(MODEL).as("iocr-platform's content model").isRegularFile();
        Document model = parse(MODEL);
        for (Element aspect : elements(model, "aspect")) {
            String name = aspect.getAttribute("name");
            ASPECTS.add(name);
            for (Element property : childElements(aspect, "property")) {
                String type = childElements(property, "type").get(0).getTextContent().trim();
                PROPERTIES.put(property.getAttribute("name"), new String[] {name, type});
            }
        }
        for (Element constraint : elements(model, "constraint")) {
            if (constraint.getAttribute("name").equals("iocr:statusConstraint")) {
                childElements(constraint, "parameter").stream()
                        .filter(p -> p.getAttribute("name").equals("allowedValues"))
                        .forEach(p -> childElements(p, "value").forEach(v -> STATUS_VALUES.add(v.getTextContent().trim())));
            }
        }
    }

    /** The aspects that hold a document's recognition and recognised values (issue 3), and the folder marker (issue 4). */
    static final List<String> DOCUMENT_ASPECTS = List.of("iocr:recognition", "iocr:invoice", "iocr:idCard",
            "iocr:businessLicence", "iocr:driverLicence", "iocr:vehicleLicence", "iocr:bankCard", "iocr:extracted",
            "iocr:autoRecognise");

    @Test
    void everyDocumentAspectHasAFormAndIsListedInManageAspectsAndNothingElseIsNamed() throws Exception {
        Document config = parse(SHARE_CONFIG);
        Set<String> formAspects = new LinkedHashSet<>();
        configs(config, "aspect").forEach(c -> formAspects.add(c.getAttribute("condition")));
        Set<String> visible = new LinkedHashSet<>();
        elements(config, "aspect").forEach(a -> visible.add(a.getAttribute("name")));
        assertThat(ASPECTS).containsAll(DOCUMENT_ASPECTS);
        assertThat(formAspects).containsAll(DOCUMENT_ASPECTS);
        assertThat(visible).containsAll(DOCUMENT_ASPECTS);
        assertThat(ASPECTS).as("aspects the model defines").containsAll(formAspects).containsAll(visible);
    }

    @Test
    void eachAspectFormShowsOnlyPropertiesOfThatAspect() throws Exception {
        for (Element aspectConfig : configs(parse(SHARE_CONFIG), "aspect")) {
            String aspect = aspectConfig.getAttribute("condition");
            List<Element> shows = childElements(aspectConfig, "show");
            assertThat(shows).as(aspect).isNotEmpty();
            for (Element show : shows) {
                String property = show.getAttribute("id");
                assertThat(PROPERTIES).as("%s in the model", property).containsKey(property);
                assertThat(PROPERTIES.get(property)[0]).as("aspect of %s", property).isEqualTo(aspect);
            }
        }
    }

    @Test
    void searchFormsUseModelPropertiesWithRangeControlsOnlyOnDatesAndNumbers() throws Exception {
        for (Element modelType : configs(parse(SHARE_CONFIG), "model-type")) {
            for (Element field : childElements(modelType, "field")) {
                String property = field.getAttribute("id");
                assertThat(PROPERTIES).as("%s in the model", property).containsKey(property);
                String type = PROPERTIES.get(property)[1];
                for (Element control : childElements(field, "control")) {
                    String template = control.getAttribute("template");
                    if (template.endsWith("daterange.ftl")) {
                        assertThat(type).as(property).isIn("d:date", "d:datetime");
                    } else if (template.endsWith("numberrange.ftl")) {
                        assertThat(type).as(property).isIn("d:double", "d:float", "d:int", "d:long");
                    }
                }
            }
            for (Element show : childElements(modelType, "show")) {
                assertThat(show.getAttribute("force")).isEqualTo("true");
            }
        }
    }

    @Test
    void statusIndicatorsAndTheStatusSearchCoverTheModelsStatusValues() throws Exception {
        String context = Files.readString(CONTEXT);
        Set<String> accessors = new LinkedHashSet<>();
        Matcher m = Pattern.compile("value=\"node\\.properties\\.(iocr:[A-Za-z]+)\"").matcher(context);
        while (m.find()) {
            accessors.add(m.group(1));
        }
        assertThat(accessors).containsExactly("iocr:status");
        assertThat(PROPERTIES).containsKey("iocr:status");
        Set<String> compared = new LinkedHashSet<>();
        Matcher v = Pattern.compile("name=\"value\" value=\"([A-Z]+)\"").matcher(context);
        while (v.find()) {
            compared.add(v.group(1));
        }
        assertThat(STATUS_VALUES).isNotEmpty().containsAll(compared);
        assertThat(compared).containsExactlyInAnyOrderElementsOf(STATUS_VALUES);
    }

    @Test
    void theHarnessResultNamesModelPropertiesOnTheirAspects() throws Exception {
        JsonNode result = new ObjectMapper().readTree(MODULE.resolve("src/test/resources/harness/recognition-vat-invoice.json").toFile());
        for (JsonNode field : result.get("fields")) {
            if (field.has("lineItem")) {
                continue; // a cell of the iocr:lineItems JSON, not a property
            }
            String property = field.get("property").asText();
            assertThat(PROPERTIES).as(property).containsKey(property);
            assertThat(PROPERTIES.get(property)[0]).as(property).isEqualTo(field.get("aspect").asText());
        }
    }
}
