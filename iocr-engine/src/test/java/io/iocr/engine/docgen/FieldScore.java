package io.iocr.engine.docgen;

import io.iocr.client.model.FieldValue;
import io.iocr.client.model.PageResult;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Field-level exact match of an engine result against a document's ground truth, after normalisation (NFKC,
 * whitespace removed, upper case). Every expected value — each occurrence of a repeated key and each cell of a
 * table row — is one field.
 */
public record FieldScore(int correct, int total, List<String> misses) {

    public static FieldScore of(GeneratedDocument document, PageResult page) {
        int correct = 0;
        int total = 0;
        List<String> misses = new ArrayList<>();
        Map<String, List<FieldValue>> single = page.kvResult().singleKey();
        for (Map.Entry<String, List<String>> e : document.fields().entrySet()) {
            List<FieldValue> got = single.getOrDefault(e.getKey(), List.of());
            for (int i = 0; i < e.getValue().size(); i++) {
                total++;
                String expected = normalise(e.getValue().get(i));
                String actual = i < got.size() ? normalise(got.get(i).words()) : "<missing>";
                if (expected.equals(actual)) {
                    correct++;
                } else {
                    misses.add(e.getKey() + "#" + (i + 1) + ": expected '" + expected + "' got '" + actual + "'");
                }
            }
        }
        List<Map<String, FieldValue>> rows = page.kvResult().comboKey().getOrDefault("货物或应税劳务、服务信息",
                List.of());
        for (int r = 0; r < document.rows().size(); r++) {
            for (Map.Entry<String, String> cell : document.rows().get(r).entrySet()) {
                total++;
                FieldValue value = r < rows.size() ? rows.get(r).get(cell.getKey()) : null;
                String actual = value == null ? "<missing>" : normalise(value.words());
                if (normalise(cell.getValue()).equals(actual)) {
                    correct++;
                } else {
                    misses.add("row " + (r + 1) + " " + cell.getKey() + ": expected '" + normalise(cell.getValue())
                            + "' got '" + actual + "'");
                }
            }
        }
        return new FieldScore(correct, total, misses);
    }

    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
