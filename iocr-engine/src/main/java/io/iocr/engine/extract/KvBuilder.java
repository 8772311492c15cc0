package io.iocr.engine.extract;

import io.iocr.client.model.FieldValue;
import io.iocr.client.model.KvResult;
import io.iocr.client.model.Location;
import io.iocr.engine.ocr.Quad;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a page's {@code kv_result}: every key of the model appears, in the model's order; a key nothing was
 * found for carries one empty value without a location, as Baidu's card APIs do.
 */
final class KvBuilder {

    private final Map<String, List<FieldValue>> single = new LinkedHashMap<>();
    private final Map<String, List<Map<String, FieldValue>>> combo = new LinkedHashMap<>();

    KvBuilder(List<String> keys) {
        for (String key : keys) {
            single.put(key, new ArrayList<>());
        }
    }

    KvBuilder add(String key, String words, Quad quad) {
        single.computeIfAbsent(key, k -> new ArrayList<>()).add(value(words, quad));
        return this;
    }

    boolean has(String key) {
        return single.containsKey(key) && !single.get(key).isEmpty();
    }

    KvBuilder addRow(String table, Map<String, FieldValue> row) {
        combo.computeIfAbsent(table, k -> new ArrayList<>()).add(row);
        return this;
    }

    static FieldValue value(String words, Quad quad) {
        return new FieldValue(words, quad == null ? Location.NONE : quad.toLocation());
    }

    KvResult build() {
        Map<String, List<FieldValue>> result = new LinkedHashMap<>();
        single.forEach((key, values) -> result.put(key, values.isEmpty()
                ? List.of(new FieldValue("", Location.NONE)) : List.copyOf(values)));
        return new KvResult(result, combo, null, null);
    }
}
