package io.iocr.engine.extract;

import io.iocr.engine.ocr.Quad;
import io.iocr.engine.ocr.TextLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cards and licences: each field is a printed label followed by its value, on the same line or just to the right
 * ("姓名 张三", "住址 ..." over two lines, "有效期限 2016-05-20 至 2026-05-20"). Fields are declared as data.
 */
final class LabelledExtractor implements Extractor {

    enum Kind { TEXT, MULTILINE, DATE, CODE, PLATE, RANGE, END }

    /**
     * One field: its output key, the labels printed for it (aliases, most specific first) and how its value is
     * read. A RANGE field writes its start to {@code key} and its end to {@code endKey}.
     */
    record Field(String key, List<String> labels, Kind kind, String endKey) {
        static Field of(String key, Kind kind, String... labels) {
            return new Field(key, List.of(labels), kind, null);
        }

        static Field range(String startKey, String endKey, String... labels) {
            return new Field(startKey, List.of(labels), Kind.RANGE, endKey);
        }
    }

    private final String docType;
    private final List<Field> fields;
    private final List<String> keys;
    private final List<String> labels;

    /** {@code otherLabels}: printed text that is not a field but ends a value (titles, "至"...). */
    LabelledExtractor(String docType, List<Field> fields, List<String> otherLabels) {
        this.docType = docType;
        this.fields = List.copyOf(fields);
        List<String> k = new ArrayList<>();
        List<String> l = new ArrayList<>(otherLabels);
        for (Field f : fields) {
            k.add(f.key());
            if (f.endKey() != null) {
                k.add(f.endKey());
            }
            l.addAll(f.labels());
        }
        this.keys = List.copyOf(k);
        this.labels = List.copyOf(l);
    }

    List<String> keys() {
        return keys;
    }

    @Override
    public Extraction extract(List<TextLine> lines) {
        Layout layout = new Layout(lines, labels);
        KvBuilder kv = new KvBuilder(keys);
        for (Field field : fields) {
            find(layout, field).ifPresent(value -> write(kv, layout, field, value));
        }
        return new Extraction(docType, kv.build());
    }

    private static Optional<Segment> find(Layout layout, Field field) {
        for (String label : field.labels()) {
            for (Segment segment : layout.labelled(label)) {
                Optional<Segment> value = layout.valueOf(segment);
                if (value.isPresent() && !value.get().value().isEmpty()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    private static void write(KvBuilder kv, Layout layout, Field field, Segment value) {
        String text = value.value();
        Quad quad = value.quad();
        switch (field.kind()) {
            case MULTILINE -> {
                StringBuilder joined = new StringBuilder(text);
                for (Segment more : layout.continuation(value, 4)) {
                    joined.append(more.value());
                    quad = quad.union(more.quad());
                }
                kv.add(field.key(), joined.toString(), quad);
            }
            case DATE -> kv.add(field.key(), Values.compactDate(text), quad);
            case CODE -> kv.add(field.key(), Values.upperNoSpace(text), quad);
            case PLATE -> kv.add(field.key(), Values.plate(text), quad);
            case END -> {
                // "2015年06月01日至长期": the licence is valid until the part after 至
                int to = text.lastIndexOf('至');
                kv.add(field.key(), to >= 0 && to < text.length() - 1 ? text.substring(to + 1) : text, quad);
            }
            case RANGE -> {
                String full = text;
                Quad fullQuad = quad;
                // the end date may be a separate box ("2016-05-20" "至" "2026-05-20")
                Optional<Segment> right = layout.rightOf(quad, -1);
                for (int i = 0; i < 2 && Values.range(full) == null && right.isPresent(); i++) {
                    full = full + right.get().line().text();
                    fullQuad = fullQuad.union(right.get().line().quad());
                    right = layout.rightOf(right.get().line().quad(), right.get().lineIndex());
                }
                String[] range = Values.range(full);
                if (range == null) {
                    kv.add(field.key(), Values.compactDate(text), quad);
                } else {
                    kv.add(field.key(), range[0], fullQuad);
                    kv.add(field.endKey(), range[1], fullQuad);
                }
            }
            default -> kv.add(field.key(), text, quad);
        }
    }
}
