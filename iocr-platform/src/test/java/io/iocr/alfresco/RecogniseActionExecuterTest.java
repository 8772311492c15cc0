package io.iocr.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;

import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.junit.jupiter.api.Test;

import io.iocr.alfresco.harness.HarnessActionService;

/** The rule action as Share's rule editor sees it: name, parameters, the model drop-down and its labels. */
class RecogniseActionExecuterTest {

    private static final String BUNDLE = "alfresco.module.iocr-platform.messages.iocr-actions";

    @Test
    void theActionIsPublicAndItsNameIsTheBeanId() throws IOException {
        assertThat(RecogniseActionExecuter.NAME).isEqualTo("iocr-recognise");
        RecogniseActionExecuter executer = new RecogniseActionExecuter();
        assertThat(executer.isExecuteAsynchronously(null)).as("never inside the triggering transaction").isTrue();
        String context = resource("alfresco/module/iocr-platform/context/service-context.xml");
        assertThat(context).contains("<bean id=\"iocr-recognise\" class=\"io.iocr.alfresco.RecogniseActionExecuter\""
                + " parent=\"action-executer\"").doesNotContain("publicAction");
        assertThat(context).contains("<bean id=\"" + TemplateSignConstraint.NAME + "\"");
    }

    @Test
    void parametersAreTemplateSignWithTheModelDropDownClassifierIdAndForce() {
        List<ParameterDefinition> parameters = HarnessActionService.parameterDefinitions(new RecogniseActionExecuter());

        assertThat(parameters).extracting(ParameterDefinition::getName)
                .containsExactly("templateSign", "classifierId", "force");
        assertThat(parameters.get(0).getParameterConstraintName()).isEqualTo("ac-iocr-template-signs");
        assertThat(parameters.get(0).getType()).isEqualTo(DataTypeDefinition.TEXT);
        assertThat(parameters.get(2).getType()).isEqualTo(DataTypeDefinition.BOOLEAN);
        assertThat(parameters).noneMatch(ParameterDefinition::isMandatory);
    }

    @Test
    void theDropDownListsTheSeedsTwentyFivePresetModels() {
        TemplateSignConstraint constraint = new TemplateSignConstraint();
        constraint.setBeanName(TemplateSignConstraint.NAME);

        Map<String, String> values = constraint.getAllowableValues();

        assertThat(values).hasSize(25).containsKeys("id_card_front", "multiple_invoice", "biz_license",
                "vehicle_license_back", "waybill", "license_plate");
        assertThat(constraint.isValidValue("vat_invoice")).as("not in the seed's preset list").isFalse();
    }

    @Test
    void titlesParameterLabelsAndModelLabelsExistInEnglishAndChinese() {
        for (Locale locale : List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE)) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
            for (String key : List.of("iocr-recognise.title", "iocr-recognise.description",
                    "iocr-recognise.templateSign.display-label", "iocr-recognise.classifierId.display-label",
                    "iocr-recognise.force.display-label")) {
                assertThat(bundle.getString(key)).as(key + " " + locale).isNotBlank();
            }
            for (String model : TemplateSignConstraint.PRESET_MODELS) {
                assertThat(bundle.getString(TemplateSignConstraint.NAME + "." + model)).as(model).isNotBlank();
            }
        }
        assertThat(ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE).getString("iocr-recognise.title"))
                .isEqualTo("使用 iOCR 识别");
        assertThat(ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE)
                .getString("ac-iocr-template-signs.multiple_invoice")).isEqualTo("财务票据");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = RecogniseActionExecuterTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static Properties properties(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RecogniseActionExecuterTest.class.getClassLoader().getResourceAsStream(path)) {
            properties.load(in);
        }
        return properties;
    }
}
