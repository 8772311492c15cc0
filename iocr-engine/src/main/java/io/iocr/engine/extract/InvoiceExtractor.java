package io.iocr.engine.extract;

import io.iocr.client.model.FieldValue;
import io.iocr.client.model.Location;
import io.iocr.engine.ocr.Quad;
import io.iocr.engine.ocr.TextLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * VAT and general invoices (增值税专用/普通/电子普通发票) on the national layout: header fields top right, buyer
 * block above seller block (so 名称, 纳税人识别号, 地址、电话, 开户行及账号 each appear twice, buyer first), the
 * goods table between its header row and the 合计 row (rows as {@code combo_key}), totals, and the footer.
 */
final class InvoiceExtractor implements Extractor {

    static final String TABLE = "货物或应税劳务、服务信息";
    static final List<String> COLUMNS = List.of("货物或应税劳务、服务名称", "规格型号", "单位", "数量", "单价", "金额",
            "税率", "税额");
    static final List<String> KEYS = List.of("发票代码", "发票号码", "开票日期", "校验码", "名称", "纳税人识别号",
            "地址、电话", "开户行及账号", "合计金额", "合计税额", "价税合计(大写)", "价税合计(小写)", "收款人", "复核", "开票人",
            "备注");
    private static final List<String> PARTY_KEYS = List.of("名称", "纳税人识别号", "地址、电话", "开户行及账号");
    private static final List<String> SIMPLE_KEYS = List.of("发票代码", "发票号码", "开票日期", "校验码", "价税合计(大写)",
            "收款人", "复核", "开票人", "备注");
    private static final List<String> OTHER_LABELS = List.of("合计", "购买方", "销售方", "密码区", "机器编号", "(小写)",
            "货物或应税劳务名称", "项目名称");

    @Override
    public Extraction extract(List<TextLine> lines) {
        List<String> labels = new ArrayList<>(KEYS);
        labels.addAll(OTHER_LABELS);
        labels.addAll(COLUMNS);
        Layout layout = new Layout(lines, labels);
        KvBuilder kv = new KvBuilder(KEYS);

        for (String key : SIMPLE_KEYS) {
            firstValue(layout, key).ifPresent(v -> kv.add(key, v.value(), v.quad()));
        }
        for (String key : PARTY_KEYS) {
            for (Segment label : layout.labelled(key)) {
                if (startsLine(layout, label)) {
                    layout.valueOf(label).filter(v -> !v.value().isEmpty()).ifPresent(v -> kv.add(key, v.value(),
                            v.quad()));
                }
            }
        }
        firstValue(layout, "(小写)").ifPresent(v -> kv.add("价税合计(小写)", v.value(), v.quad()));
        Map<String, Float> columns = columnCentres(layout);
        totals(layout, columns, kv);
        goods(layout, columns, kv);
        return new Extraction(docType(lines), kv.build());
    }

    static String docType(List<TextLine> lines) {
        for (TextLine line : lines) {
            String s = Layout.squash(line.text());
            if (s.contains("专用发票")) {
                return "增值税专用发票";
            }
            if (s.contains("电子普通发票")) {
                return "增值税电子普通发票";
            }
            if (s.contains("普通发票")) {
                return "增值税普通发票";
            }
        }
        return "增值税发票";
    }

    private static Optional<Segment> firstValue(Layout layout, String label) {
        for (Segment segment : layout.labelled(label)) {
            Optional<Segment> value = layout.valueOf(segment);
            if (value.isPresent() && !value.get().value().isEmpty()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static boolean startsLine(Layout layout, Segment segment) {
        return layout.segmentsOf(segment.lineIndex()).get(0) == segment;
    }

    private static Map<String, Float> columnCentres(Layout layout) {
        Map<String, Float> centres = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            List<Segment> found = layout.labelled(column);
            if (!found.isEmpty()) {
                Segment header = found.get(0);
                centres.put(column, header.value().isEmpty() ? labelCentre(layout, header)
                        : layout.frame(header.line().quad()).centerX());
            }
        }
        return centres;
    }

    private static float labelCentre(Layout layout, Segment header) {
        // the segment's quad starts at its label and runs to the end of the line; a header cell is mostly its label
        Quad q = layout.frame(header.quad());
        float approxWidth = header.height() * header.label().length();
        return Math.min(q.minX() + approxWidth / 2, q.centerX());
    }

    private static Optional<Segment> header(Layout layout) {
        for (String column : COLUMNS) {
            List<Segment> found = layout.labelled(column);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    private static Optional<Segment> totalRow(Layout layout) {
        for (Segment s : layout.labelled("合计")) {
            if (startsLine(layout, s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static void totals(Layout layout, Map<String, Float> columns, KvBuilder kv) {
        Optional<Segment> total = totalRow(layout);
        if (total.isEmpty()) {
            return;
        }
        List<TextLine> amounts = new ArrayList<>();
        Quad totalFrame = layout.frame(total.get().line().quad());
        for (TextLine line : layout.lines()) {
            if (line != total.get().line() && layout.sameRow(line.quad(), total.get().line().quad())
                    && layout.frame(line.quad()).minX() > totalFrame.minX() && line.text().matches(".*\\d.*")) {
                amounts.add(line);
            }
        }
        if (!total.get().value().isEmpty() && total.get().value().matches(".*\\d.*")) {
            amounts.add(new TextLine(total.get().value(), 1f, total.get().quad()));
        }
        amounts.sort(Comparator.comparingDouble(l -> layout.frame(l.quad()).centerX()));
        if (amounts.isEmpty()) {
            return;
        }
        TextLine amount = amounts.get(0);
        TextLine tax = amounts.size() > 1 ? amounts.get(amounts.size() - 1) : null;
        if (amounts.size() > 1 && columns.containsKey("金额") && columns.containsKey("税额")) {
            amount = nearest(layout, amounts, columns.get("金额"));
            tax = nearest(layout, amounts, columns.get("税额"));
        }
        kv.add("合计金额", amount.text().replace(" ", ""), amount.quad());
        if (tax != null && tax != amount) {
            kv.add("合计税额", tax.text().replace(" ", ""), tax.quad());
        }
    }

    private static TextLine nearest(Layout layout, List<TextLine> lines, float x) {
        return lines.stream().min(Comparator.comparingDouble(l -> Math.abs(layout.frame(l.quad()).centerX() - x)))
                .orElseThrow();
    }

    private static void goods(Layout layout, Map<String, Float> columns, KvBuilder kv) {
        Optional<Segment> header = header(layout);
        Optional<Segment> total = totalRow(layout);
        if (header.isEmpty() || columns.size() < 3) {
            return;
        }
        float top = layout.frame(header.get().line().quad()).maxY();
        float bottom = total.map(t -> layout.frame(t.line().quad()).minY()).orElse(Float.MAX_VALUE);
        List<TextLine> cells = new ArrayList<>();
        for (TextLine line : layout.lines()) {
            float y = layout.frame(line.quad()).centerY();
            if (y > top && y < bottom) {
                cells.add(line);
            }
        }
        // cells taken left to right join the row whose rightmost cell so far shares their line: comparing
        // neighbours rather than whole rows keeps a slightly mis-estimated skew from splitting a wide row in two
        cells.sort(Comparator.comparingDouble(l -> layout.frame(l.quad()).centerX()));
        List<List<TextLine>> rows = new ArrayList<>();
        for (TextLine cell : cells) {
            float y = layout.frame(cell.quad()).centerY();
            List<TextLine> home = null;
            double bestDistance = Double.MAX_VALUE;
            for (List<TextLine> row : rows) {
                TextLine last = row.get(row.size() - 1);
                double distance = Math.abs(layout.frame(last.quad()).centerY() - y);
                if (layout.sameRow(last.quad(), cell.quad()) && distance < bestDistance) {
                    home = row;
                    bestDistance = distance;
                }
            }
            if (home == null) {
                rows.add(new ArrayList<>(List.of(cell)));
            } else {
                home.add(cell);
            }
        }
        rows.sort(Comparator.comparingDouble(row -> row.stream()
                .mapToDouble(l -> layout.frame(l.quad()).centerY()).average().orElse(0)));
        List<String> present = new ArrayList<>(columns.keySet());
        for (List<TextLine> row : rows) {
            Map<String, FieldValue> values = new LinkedHashMap<>();
            for (String column : COLUMNS) {
                values.put(column, new FieldValue("", Location.NONE));
            }
            for (TextLine cell : row) {
                String column = columnOf(layout.frame(cell.quad()), present, columns);
                FieldValue existing = values.get(column);
                String words = existing.words().isEmpty() ? cell.text() : existing.words() + cell.text();
                values.put(column, KvBuilder.value(words, cell.quad()));
            }
            kv.addRow(TABLE, values);
        }
    }

    /** The column whose span (half-way to each neighbouring header) holds the cell's centre. */
    private static String columnOf(Quad cell, List<String> present, Map<String, Float> centres) {
        float x = cell.centerX();
        String name = present.get(0);
        if (name.equals(COLUMNS.get(0)) && cell.minX() < centres.get(name)) {
            return name; // names are left-aligned and may be long: the name column owns whatever starts in it
        }
        String best = present.get(0);
        double bestDistance = Double.MAX_VALUE;
        for (String column : present) {
            double distance = Math.abs(centres.get(column) - x);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = column;
            }
        }
        return best;
    }
}
