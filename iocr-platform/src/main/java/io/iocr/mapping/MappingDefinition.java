package io.iocr.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One mapping file: which results it applies to and how their keys become properties. The format is described in
 * README ("Mapping") and in the shipped files under {@code alfresco/module/iocr-platform/mappings/}.
 *
 * @param id            short name, unique across shipped and custom files (a custom file with a shipped id
 *                      replaces it)
 * @param description   what the file maps, for admins
 * @param templateSigns the iOCR models (templateSign) whose results it maps
 * @param docTypes      page doc_type values it maps when no templateSign selects a mapping
 * @param detect        for pages of doc_type 其他: the keys that identify the document, and how many must be present
 * @param docType       the document type to report when the page says only 其他
 * @param aspects       aspects applied when at least one value was mapped
 * @param repeatedKeys  how occurrences of a repeated key are ordered before {@code occurrence} picks one, in words
 *                      (informational; the mapper always orders by position when every occurrence has a box, and
 *                      keeps iOCR's reading order otherwise)
 * @param docTypeProperty property that receives the page's doc_type when it is more specific than 其他
 * @param set           constant values set whenever this mapping applies (for example the ID card side)
 * @param fields        rules for {@code single_key} keys, applied in order
 * @param lineItems     rule for {@code combo_key} tables whose rows become line items, or null
 * @param checks        cross-checks between mapped values, reported as warnings
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record MappingDefinition(
        @JsonProperty("id") String id,
        @JsonProperty("description") String description,
        @JsonProperty("templateSigns") List<String> templateSigns,
        @JsonProperty("docTypes") List<String> docTypes,
        @JsonProperty("detect") Detect detect,
        @JsonProperty("docType") String docType,
        @JsonProperty("aspects") List<String> aspects,
        @JsonProperty("repeatedKeys") String repeatedKeys,
        @JsonProperty("docTypeProperty") String docTypeProperty,
        @JsonProperty("set") Map<String, String> set,
        @JsonProperty("fields") List<FieldRule> fields,
        @JsonProperty("lineItems") LineItemRule lineItems,
        @JsonProperty("checks") List<CheckRule> checks) {

    public MappingDefinition {
        templateSigns = templateSigns == null ? List.of() : List.copyOf(templateSigns);
        docTypes = docTypes == null ? List.of() : List.copyOf(docTypes);
        aspects = aspects == null ? List.of() : List.copyOf(aspects);
        set = set == null ? Map.of() : Map.copyOf(set);
        fields = fields == null ? List.of() : List.copyOf(fields);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** Identifies a document of doc_type 其他 by the keys found on its page. */
    public record Detect(@JsonProperty("keys") List<String> keys, @JsonProperty("minMatches") int minMatches) {
        public Detect {
            keys = keys == null ? List.of() : List.copyOf(keys);
        }
    }

    /**
     * How one key becomes one property.
     *
     * @param key         the iOCR key (docs/preset-keys.md)
     * @param aliases     other keys with the same meaning (for example the finance API's English names)
     * @param property    prefixed property that receives the converted value
     * @param type        conversion, see {@link FieldType}
     * @param occurrence  1-based position among the key's occurrences in layout order, for keys whose position has
     *                    a meaning (the first 名称 on a VAT invoice is the buyer's); null to take the first unused
     * @param pattern     a regular expression the normalised text must match for an occurrence to be taken; group 1,
     *                    when present, is the value
     * @param strict      with a pattern: take no occurrence when none matches (default: take the first unused one
     *                    and warn)
     * @param onlyIfAbsent apply only when an earlier rule has not set the property
     * @param rawProperty property that also receives the raw text (for example the total as printed)
     * @param yearProperty d:int property that receives the date's year (for a facet)
     * @param startProperty for {@code validity}: property for the start of a "from 至 to" range
     * @param indefiniteProperty for {@code validity}: d:boolean set to true for 长期 and false for a dated end
     * @param periodStartProperty for {@code validity}: a date property that "6年" counts from
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record FieldRule(
            @JsonProperty("key") String key,
            @JsonProperty("aliases") List<String> aliases,
            @JsonProperty("property") String property,
            @JsonProperty("type") FieldType type,
            @JsonProperty("occurrence") Integer occurrence,
            @JsonProperty("pattern") String pattern,
            @JsonProperty("strict") boolean strict,
            @JsonProperty("onlyIfAbsent") boolean onlyIfAbsent,
            @JsonProperty("rawProperty") String rawProperty,
            @JsonProperty("yearProperty") String yearProperty,
            @JsonProperty("startProperty") String startProperty,
            @JsonProperty("indefiniteProperty") String indefiniteProperty,
            @JsonProperty("periodStartProperty") String periodStartProperty,
            @JsonProperty("note") String note) {

        public FieldRule {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            type = type == null ? FieldType.TEXT : type;
        }

        /** The key and its aliases, in that order. */
        public List<String> keys() {
            java.util.ArrayList<String> keys = new java.util.ArrayList<>();
            keys.add(key);
            keys.addAll(aliases);
            return keys;
        }
    }

    /**
     * Rows of {@code combo_key} tables that become line items: their names in a multi-valued property, the whole
     * table as JSON.
     *
     * @param tables        root keys of the tables (货物或应税劳务、服务信息)
     * @param property      d:text property that receives the table as JSON
     * @param nameColumn    the column whose values go to {@code nameProperty}
     * @param nameProperty  multi-valued d:text property for the item names
     * @param countProperty d:int property for the number of rows
     * @param columns       the cells kept per row
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record LineItemRule(
            @JsonProperty("tables") List<String> tables,
            @JsonProperty("property") String property,
            @JsonProperty("nameColumn") String nameColumn,
            @JsonProperty("nameProperty") String nameProperty,
            @JsonProperty("countProperty") String countProperty,
            @JsonProperty("columns") List<Column> columns) {

        public LineItemRule {
            tables = tables == null ? List.of() : List.copyOf(tables);
            columns = columns == null ? List.of() : List.copyOf(columns);
        }
    }

    /** One cell of a line item: the leaf key (and aliases), its name in the JSON, and its conversion. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Column(
            @JsonProperty("key") String key,
            @JsonProperty("aliases") List<String> aliases,
            @JsonProperty("name") String name,
            @JsonProperty("type") FieldType type) {

        public Column {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            type = type == null ? FieldType.TEXT : type;
        }
    }

    /**
     * A cross-check. {@code amountInWords}: {@code words} (the 大写 text property) must equal {@code figures};
     * {@code sum}: the {@code parts} must add up to {@code total} (±0.01); {@code idNumber}: the birth date and
     * gender encoded in {@code number} must equal {@code birthDate} and {@code gender}.
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record CheckRule(
            @JsonProperty("type") String type,
            @JsonProperty("words") String words,
            @JsonProperty("figures") String figures,
            @JsonProperty("parts") List<String> parts,
            @JsonProperty("total") String total,
            @JsonProperty("number") String number,
            @JsonProperty("birthDate") String birthDate,
            @JsonProperty("gender") String gender) {

        public CheckRule {
            parts = parts == null ? List.of() : List.copyOf(parts);
        }
    }

    /**
     * Every property this file writes, with the Alfresco data type it needs ({@code d:text}, {@code d:date}, ...)
     * and whether it must be multi-valued; used to check files against the content model.
     */
    public Map<String, PropertyTarget> targets() {
        Map<String, PropertyTarget> targets = new LinkedHashMap<>();
        for (FieldRule rule : fields) {
            targets.put(rule.property(), new PropertyTarget(rule.type().dataType(), false));
            if (rule.rawProperty() != null) {
                targets.put(rule.rawProperty(), new PropertyTarget("d:text", false));
            }
            if (rule.yearProperty() != null) {
                targets.put(rule.yearProperty(), new PropertyTarget("d:int", false));
            }
            if (rule.startProperty() != null) {
                targets.put(rule.startProperty(), new PropertyTarget("d:date", false));
            }
            if (rule.indefiniteProperty() != null) {
                targets.put(rule.indefiniteProperty(), new PropertyTarget("d:boolean", false));
            }
            if (rule.periodStartProperty() != null) {
                targets.put(rule.periodStartProperty(), new PropertyTarget("d:date", false));
            }
        }
        set.keySet().forEach(p -> targets.put(p, new PropertyTarget("d:text", false)));
        if (docTypeProperty != null) {
            targets.put(docTypeProperty, new PropertyTarget("d:text", false));
        }
        if (lineItems != null) {
            targets.put(lineItems.property(), new PropertyTarget("d:text", false));
            if (lineItems.nameProperty() != null) {
                targets.put(lineItems.nameProperty(), new PropertyTarget("d:text", true));
            }
            if (lineItems.countProperty() != null) {
                targets.put(lineItems.countProperty(), new PropertyTarget("d:int", false));
            }
        }
        return targets;
    }

    /** A property a mapping writes: the data type it needs and whether it must be multi-valued. */
    public record PropertyTarget(String dataType, boolean multiple) {
    }
}
