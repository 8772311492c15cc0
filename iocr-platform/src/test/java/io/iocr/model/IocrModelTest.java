package io.iocr.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** What later issues and users rely on in the content model: names, types, indexing, labels, registration. */
class IocrModelTest {

    private static final String BUNDLE = "alfresco/module/iocr-platform/messages/iocr-model";

    @Test
    void modelDeclaresTheIocrNamespaceAndEveryAspectTheIssueLists() throws Exception {
        ModelXml model = ModelXml.load();
        assertThat(model.modelName()).isEqualTo("iocr:contentModel");
        assertThat(model.document().getElementsByTagNameNS(ModelXml.DICTIONARY_NS, "namespace").item(0)
                .getAttributes().getNamedItem("uri").getNodeValue()).isEqualTo("http://www.iocr.io/model/content/1.0");
        assertThat(model.aspects().keySet()).containsExactly("iocr:recognition", "iocr:invoice", "iocr:idCard",
                "iocr:businessLicence", "iocr:driverLicence", "iocr:vehicleLicence", "iocr:bankCard",
                "iocr:extracted", "iocr:autoRecognise");
    }

    @Test
    void recognitionStateHasTheTypesThePipelineWrites() throws Exception {
        Map<String, ModelXml.Property> p = ModelXml.load().properties();
        assertThat(p.get("iocr:status").type()).isEqualTo("d:text");
        assertThat(p.get("iocr:submitted").type()).isEqualTo("d:datetime");
        assertThat(p.get("iocr:finished").type()).isEqualTo("d:datetime");
        assertThat(p.get("iocr:attempts").type()).isEqualTo("d:int");
        assertThat(p.get("iocr:rawResult").type()).isEqualTo("d:content");
        assertThat(ModelXml.indexed(p.get("iocr:rawResult"))).as("raw result is not indexed").isFalse();
        assertThat(p.get("iocr:editedProperties").multiple()).isTrue();
        assertThat(p.get("iocr:warnings").multiple()).isTrue();
        String constraint = model().document().getElementsByTagNameNS(ModelXml.DICTIONARY_NS, "constraint").item(0)
                .getTextContent();
        assertThat(constraint.replaceAll("\\s+", " ").trim())
                .startsWith("PENDING SUBMITTED SUCCEEDED FAILED UNSUPPORTED");
    }

    @Test
    void identifiersAreExactMatchNamesAreBothAndAmountsAndDatesAreTyped() throws Exception {
        Map<String, ModelXml.Property> p = ModelXml.load().properties();
        for (String id : List.of("iocr:invoiceNumber", "iocr:invoiceCode", "iocr:buyerTaxId", "iocr:sellerTaxId",
                "iocr:idCardNumber", "iocr:bizCreditCode", "iocr:dlNumber", "iocr:vlVin", "iocr:bankCardNumber")) {
            assertThat(ModelXml.tokenised(p.get(id))).as(id).isEqualTo("false");
        }
        for (String name : List.of("iocr:buyerName", "iocr:sellerName", "iocr:idCardName", "iocr:bizName",
                "iocr:lineItemNames")) {
            assertThat(ModelXml.tokenised(p.get(name))).as(name).isEqualTo("both");
        }
        assertThat(ModelXml.tokenised(p.get("iocr:idCardAddress"))).isEqualTo("true");
        assertThat(p.get("iocr:totalAmount").type()).isEqualTo("d:double");
        assertThat(p.get("iocr:invoiceDate").type()).isEqualTo("d:date");
        assertThat(p.get("iocr:invoiceYear").type()).isEqualTo("d:int");
        for (String facet : List.of("iocr:docType", "iocr:sellerName", "iocr:invoiceYear", "iocr:status")) {
            assertThat(ModelXml.facetable(p.get(facet))).as(facet + " is facetable").isTrue();
        }
    }

    @Test
    void everyAspectPropertyAndConstraintHasAnEnglishAndAChineseLabel() throws Exception {
        ModelXml model = ModelXml.load();
        List<String> keys = new ArrayList<>();
        model.aspects().forEach((aspect, props) -> {
            keys.add(labelKey("aspect", aspect));
            props.forEach(prop -> keys.add(labelKey("property", prop)));
        });
        keys.add(labelKey("constraint", "iocr:statusConstraint"));
        for (String suffix : List.of("", "_zh_CN")) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(BUNDLE + suffix + ".properties")) {
                assertThat(in).as(BUNDLE + suffix).isNotNull();
                bundle.load(in);
            }
            assertThat(keys).as("labels in iocr-model%s.properties", suffix)
                    .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        }
        ResourceBundle zh = ResourceBundle.getBundle(BUNDLE.replace('/', '.'), Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.getString("iocr_contentModel.property.iocr_sellerName.title")).isEqualTo("销售方名称");
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE.replace('/', '.'), Locale.ROOT);
        assertThat(en.getString("iocr_contentModel.aspect.iocr_invoice.title")).isEqualTo("Invoice");
    }

    @Test
    void bootstrapContextRegistersTheModelAndItsLabels() throws Exception {
        String context;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("alfresco/module/iocr-platform/context/bootstrap-context.xml")) {
            context = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(context)
                .contains("id=\"iocr-platform.dictionaryBootstrap\"")
                .contains("parent=\"dictionaryModelBootstrap\"")
                .contains("depends-on=\"dictionaryBootstrap\"")
                .contains("<value>" + ModelXml.RESOURCE + "</value>")
                .contains("<value>" + BUNDLE + "</value>");
    }

    private static ModelXml model() throws Exception {
        return ModelXml.load();
    }

    private static String labelKey(String kind, String prefixedName) {
        return "iocr_contentModel." + kind + "." + prefixedName.replace(':', '_') + ".title";
    }
}
