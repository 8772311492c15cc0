package io.iocr.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.iocr.model.ModelXml;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every property a shipped mapping file writes exists in iocr-model.xml with a compatible type. */
class MappingModelConsistencyTest {

    @Test
    void everyMappedPropertyExistsWithACompatibleTypeAndBelongsToAnAppliedAspect() throws Exception {
        ModelXml model = ModelXml.load();
        Map<String, ModelXml.Property> properties = model.properties();
        for (MappingDefinition definition : MappingCatalog.shipped().all()) {
            assertThat(definition.aspects()).as(definition.id() + " aspects")
                    .allSatisfy(a -> assertThat(model.aspects()).containsKey(a));
            definition.targets().forEach((property, target) -> {
                String where = definition.id() + " → " + property;
                assertThat(properties).as(where + " is declared in the model").containsKey(property);
                ModelXml.Property declared = properties.get(property);
                assertThat(declared.type()).as(where + " type").isEqualTo(target.dataType());
                assertThat(declared.multiple()).as(where + " multiple").isEqualTo(target.multiple());
                assertThat(definition.aspects()).as(where + " belongs to an aspect the mapping applies")
                        .contains(declared.aspect());
            });
        }
    }

    @Test
    void theExtractedPropertiesTheMapperAlwaysWritesAreInTheModel() throws Exception {
        Map<String, ModelXml.Property> properties = ModelXml.load().properties();
        assertThat(properties.get(MappingFileResultMapper.EXTRACTED_TEXT).aspect())
                .isEqualTo(MappingFileResultMapper.EXTRACTED_ASPECT);
        assertThat(properties.get(MappingFileResultMapper.EXTRACTED_FIELDS).multiple()).isTrue();
    }

    @Test
    void typedValuesOfTheSeedMatchTheirModelTypes() throws Exception {
        Map<String, ModelXml.Property> properties = ModelXml.load().properties();
        MappedResult result = Fixtures.map("seed/get-result-success.json", "vat_invoice");
        result.properties().forEach((property, value) -> {
            String type = properties.get(property).type();
            Object single = value instanceof java.util.List<?> list ? list.get(0) : value;
            Class<?> expected = switch (type) {
                case "d:text" -> String.class;
                case "d:double" -> Double.class;
                case "d:int", "d:long" -> Long.class;
                case "d:date" -> java.time.LocalDate.class;
                case "d:boolean" -> Boolean.class;
                default -> throw new AssertionError(property + " has unexpected type " + type);
            };
            assertThat(single).as(property).isInstanceOf(expected);
            assertThat(value instanceof java.util.List).as(property + " multiple")
                    .isEqualTo(properties.get(property).multiple());
        });
    }
}
