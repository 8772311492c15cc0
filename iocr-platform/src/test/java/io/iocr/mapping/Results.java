package io.iocr.mapping;

import io.iocr.client.model.FieldValue;
import io.iocr.client.model.KvResult;
import io.iocr.client.model.Location;
import io.iocr.client.model.PageResult;
import io.iocr.client.model.RecognitionResponse;
import io.iocr.client.model.TaskResult;
import io.iocr.client.model.TaskStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: builds small get_result responses in code, for rule variants the fixtures don't cover. */
final class Results {

    private final Map<String, List<FieldValue>> singleKey = new LinkedHashMap<>();
    private final Map<String, List<Map<String, FieldValue>>> comboKey = new LinkedHashMap<>();
    private String docType = "其他";

    static Results page() {
        return new Results();
    }

    Results docType(String docType) {
        this.docType = docType;
        return this;
    }

    /** Adds values for a key, without boxes. */
    Results key(String key, String... words) {
        for (String w : words) {
            singleKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new FieldValue(w, Location.NONE));
        }
        return this;
    }

    /** Adds one value with a box at (x, y), 100×30. */
    Results keyAt(String key, String words, int x, int y) {
        Location location = new Location(
                List.of(List.of(x, y), List.of(x + 100, y), List.of(x + 100, y + 30), List.of(x, y + 30)),
                List.of(x, y, 100, 30));
        singleKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new FieldValue(words, location));
        return this;
    }

    Results row(String table, Map<String, String> cells) {
        Map<String, FieldValue> row = new LinkedHashMap<>();
        cells.forEach((k, v) -> row.put(k, new FieldValue(v, null)));
        comboKey.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
        return this;
    }

    PageResult build(int pageNumber) {
        return new PageResult(pageNumber, docType, null, new KvResult(singleKey, comboKey, null, null));
    }

    RecognitionResponse response() {
        return response(build(1));
    }

    static RecognitionResponse response(PageResult... pages) {
        return new RecognitionResponse(0, "", "1", new TaskResult("task-test", TaskStatus.SUCCESS, "", "", "", "", 1),
                pages.length, List.of(pages));
    }
}
