package io.iocr.alfresco;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.iocr.client.model.RecognitionResponse;
import io.iocr.mapping.FieldLocation;
import io.iocr.mapping.MappedResult;
import io.iocr.mapping.MappingWarning;

/**
 * What a successful recognition stores besides the typed properties: the raw get_result response (so re-mapping
 * needs no new iOCR call) and one JSON document for the UI with page sizes, field locations, raw values and
 * mapping warnings (the {@code iocr:fieldLocations} property; see docs/recognition-api.md).
 */
public record RecognitionResultDocument(MappedResult mapped, String rawJson, String locationsJson) {

    /** A page's size in the pixel space of the recognised image. */
    public record PageSize(int page, int width, int height) {
    }

    /** The locations document as stored; {@link #parse} reads it back. */
    public record Locations(List<PageSize> pages, List<FieldLocation> fields, Map<String, String> raw,
            List<MappingWarning> warnings) {

        public static final Locations EMPTY = new Locations(List.of(), List.of(), Map.of(), List.of());
    }

    public static RecognitionResultDocument of(RecognitionResponse response, MappedResult mapped,
            List<PageSize> pages, ObjectMapper json) {
        try {
            Locations locations = new Locations(pages, mapped.locations(), mapped.rawValues(), mapped.warnings());
            return new RecognitionResultDocument(mapped, json.writeValueAsString(response),
                    json.writeValueAsString(locations));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a recognition result", e);
        }
    }

    public static Locations parse(String locationsJson, ObjectMapper json) {
        if (locationsJson == null || locationsJson.isBlank()) {
            return Locations.EMPTY;
        }
        try {
            Locations parsed = json.readValue(locationsJson, Locations.class);
            return new Locations(
                    parsed.pages() == null ? List.of() : parsed.pages(),
                    parsed.fields() == null ? List.of() : parsed.fields(),
                    parsed.raw() == null ? Map.of() : parsed.raw(),
                    parsed.warnings() == null ? List.of() : parsed.warnings());
        } catch (JsonProcessingException e) {
            return Locations.EMPTY;
        }
    }

    /** The warnings as the lines of {@code iocr:warnings}. */
    public List<String> warningLines() {
        List<String> lines = new ArrayList<>();
        for (MappingWarning warning : mapped.warnings()) {
            lines.add(warning.key() == null ? warning.message() : warning.key() + ": " + warning.message());
        }
        return lines;
    }

    static Map<String, Object> copy(Map<String, Object> properties) {
        return new LinkedHashMap<>(properties);
    }
}
