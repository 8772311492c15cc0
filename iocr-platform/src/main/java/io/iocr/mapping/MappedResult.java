package io.iocr.mapping;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one recognition maps to.
 *
 * @param aspects       aspects to apply, as prefixed names ({@code iocr:invoice})
 * @param properties    prefixed property name → typed value: {@code String}, {@code java.time.LocalDate},
 *                      {@code Double}, {@code Long}, {@code Boolean}, or a {@code List} of those for
 *                      multi-valued properties
 * @param rawValues     prefixed property name → the recognised text the value came from
 * @param locations     where each mapped value sits, in the order of {@code properties}
 * @param warnings      what could not be mapped or converted, or disagreed (never silently dropped)
 * @param docType       the document type (the first page's {@code doc_type}, or the template's own)
 * @param extractedText every key and value of the result as "key: value" lines, for {@code iocr:extracted}
 * @param fields        every mapped value with its key, raw text and normalised text, in mapping order, including
 *                      line-item cells ({@code iocr:lineItems[0].name}) and values whose conversion failed (value
 *                      null, raw kept); what {@link FieldLocationsJson} stores for the UI. Added to the seam
 *                      additively: the seven-argument constructor leaves it empty.
 */
public record MappedResult(
        Set<String> aspects,
        Map<String, Object> properties,
        Map<String, String> rawValues,
        List<FieldLocation> locations,
        List<MappingWarning> warnings,
        String docType,
        String extractedText,
        List<MappedField> fields) {

    public MappedResult {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public MappedResult(Set<String> aspects, Map<String, Object> properties, Map<String, String> rawValues,
                        List<FieldLocation> locations, List<MappingWarning> warnings, String docType,
                        String extractedText) {
        this(aspects, properties, rawValues, locations, warnings, docType, extractedText, List.of());
    }
}
