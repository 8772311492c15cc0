package io.iocr.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON document kept in {@code iocr:fieldLocations}: every mapped value with its key, raw and normalised text,
 * line-item row, page, box and cbox, and the warnings about it; plus the warnings about nothing in particular.
 * The repository writes it after mapping and the recognition web script reads it to build the {@code fields} of
 * docs/recognition-api.md (adding labels, types and the edited flag from the dictionary and the node).
 *
 * <pre>{@code
 * {"version":1,"docType":"增值税专用发票",
 *  "fields":[{"property":"iocr:invoiceNumber","aspect":"iocr:invoice","key":"发票号码","raw":"No 07285251",
 *             "value":"07285251","lineItem":null,
 *             "locations":[{"page":1,"box":[[880,40],[1040,40],[1040,70],[880,70]],"cbox":[880,40,160,30]}],
 *             "warnings":[]}],
 *  "warnings":[{"property":null,"key":"备注","message":"..."}]}
 * }</pre>
 */
public final class FieldLocationsJson {

    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The stored document. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(
            @JsonProperty("version") int version,
            @JsonProperty("docType") String docType,
            @JsonProperty("fields") List<Field> fields,
            @JsonProperty("warnings") List<MappingWarning> warnings) {

        public Document {
            fields = fields == null ? List.of() : List.copyOf(fields);
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }

    /** One mapped value; {@code value} is the normalised text (null when the conversion failed). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Field(
            @JsonProperty("property") String property,
            @JsonProperty("aspect") String aspect,
            @JsonProperty("key") String key,
            @JsonProperty("raw") String raw,
            @JsonProperty("value") String value,
            @JsonProperty("lineItem") Integer lineItem,
            @JsonProperty("locations") List<Box> locations,
            @JsonProperty("warnings") List<String> warnings) {

        public Field {
            locations = locations == null ? List.of() : List.copyOf(locations);
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }

    /** Where a value sits: page from 1, four corner points and {@code [x, y, w, h]}, each possibly null. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Box(
            @JsonProperty("page") int page,
            @JsonProperty("box") List<List<Integer>> box,
            @JsonProperty("cbox") List<Integer> cbox) {
    }

    private FieldLocationsJson() {
    }

    public static Document toDocument(MappedResult result) {
        List<Field> fields = new ArrayList<>();
        List<MappedField> mapped = result.fields();
        boolean aligned = mapped.size() == result.locations().size();
        for (int i = 0; i < mapped.size(); i++) {
            MappedField field = mapped.get(i);
            List<Box> boxes = new ArrayList<>();
            if (aligned) {
                FieldLocation location = result.locations().get(i);
                boxes.add(new Box(location.page(), location.box(), location.cbox()));
            } else {
                result.locations().stream()
                        .filter(l -> l.property().equals(field.property()) && l.key().equals(field.key()))
                        .forEach(l -> boxes.add(new Box(l.page(), l.box(), l.cbox())));
            }
            List<String> warnings = result.warnings().stream()
                    .filter(w -> field.property().equals(w.property()))
                    .map(MappingWarning::message).toList();
            fields.add(new Field(field.property(), field.aspect(), field.key(), field.raw(),
                    field.value() == null ? null : field.text(), field.lineItem(), boxes, warnings));
        }
        return new Document(VERSION, result.docType(), fields, result.warnings());
    }

    public static String write(MappedResult result) {
        try {
            return JSON.writeValueAsString(toDocument(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("field locations could not be written", e);
        }
    }

    /**
     * @throws IllegalArgumentException when the text is not such a document
     */
    public static Document read(String json) {
        try {
            return JSON.readValue(json, Document.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not an iocr:fieldLocations document: " + e.getOriginalMessage(), e);
        }
    }
}
