package io.iocr.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iocr.client.model.RecognitionResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Test helper: reads get_result fixtures and maps them with the shipped mappings. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    static final MappingFileResultMapper SHIPPED = new MappingFileResultMapper(MappingCatalog.shipped());

    private Fixtures() {
    }

    /** A fixture under src/test/resources/fixtures/, e.g. "seed/get-result-success.json". */
    static RecognitionResponse response(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return JSON.readValue(in, RecognitionResponse.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MappedResult map(String path, String templateSign) {
        return SHIPPED.map(response(path), templateSign);
    }

    static List<Map<String, Object>> lineItems(MappedResult result) {
        try {
            JsonNode node = JSON.readTree((String) result.properties().get("iocr:lineItems"));
            return JSON.convertValue(node, JSON.getTypeFactory().constructCollectionType(List.class, Map.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> messages(MappedResult result) {
        return result.warnings().stream().map(MappingWarning::message).toList();
    }
}
