package io.iocr.alfresco;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.iocr.client.model.RecognitionResponse;
import io.iocr.mapping.FieldLocationsJson;
import io.iocr.mapping.MappedResult;
import io.iocr.mapping.MappingWarning;

/**
 * What a successful recognition stores besides the typed properties: the raw get_result response (so re-mapping
 * needs no new iOCR call) and the {@code iocr:fieldLocations} document of {@link FieldLocationsJson}, to which the
 * repository adds one member, {@code pages}: each page's size in the pixel space of the recognised image (for
 * the UI to scale boxes; docs/recognition-api.md).
 */
public record RecognitionResultDocument(MappedResult mapped, String rawJson, String locationsJson) {

    /** A page's size in the pixel space of the recognised image. */
    public record PageSize(int page, int width, int height) {
    }

    public static RecognitionResultDocument of(RecognitionResponse response, MappedResult mapped,
            List<PageSize> pages, ObjectMapper json) {
        try {
            ObjectNode locations = json.valueToTree(FieldLocationsJson.toDocument(mapped));
            locations.set("pages", json.valueToTree(pages));
            return new RecognitionResultDocument(mapped, json.writeValueAsString(response),
                    json.writeValueAsString(locations));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a recognition result", e);
        }
    }

    /** The fields of a stored document; empty when there is none or it cannot be read. */
    public static FieldLocationsJson.Document fields(String locationsJson) {
        if (locationsJson == null || locationsJson.isBlank()) {
            return new FieldLocationsJson.Document(FieldLocationsJson.VERSION, null, List.of(), List.of());
        }
        try {
            return FieldLocationsJson.read(locationsJson);
        } catch (IllegalArgumentException unreadable) {
            return new FieldLocationsJson.Document(FieldLocationsJson.VERSION, null, List.of(), List.of());
        }
    }

    /** The page sizes of a stored document; empty when unknown. */
    public static List<PageSize> pages(String locationsJson, ObjectMapper json) {
        List<PageSize> pages = new ArrayList<>();
        if (locationsJson == null || locationsJson.isBlank()) {
            return pages;
        }
        try {
            for (JsonNode page : json.readTree(locationsJson).path("pages")) {
                pages.add(new PageSize(page.path("page").asInt(1), page.path("width").asInt(),
                        page.path("height").asInt()));
            }
        } catch (JsonProcessingException unreadable) {
            return List.of();
        }
        return pages;
    }

    /** The warnings as the lines of {@code iocr:warnings}. */
    public List<String> warningLines() {
        List<String> lines = new ArrayList<>();
        for (MappingWarning warning : mapped.warnings()) {
            lines.add(warning.key() == null ? warning.message() : warning.key() + ": " + warning.message());
        }
        return lines;
    }
}
