package io.iocr.cli;

import io.iocr.mapping.FieldLocation;
import io.iocr.mapping.MappedField;
import io.iocr.mapping.MappedResult;
import io.iocr.mapping.MappingWarning;
import io.iocr.mapping.ValueText;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Prints a {@link MappedResult} for a person: aspects, typed properties with their sources, line items, warnings. */
final class MappedResultPrinter {

    private MappedResultPrinter() {
    }

    static void print(MappedResult result, String origin, String template, PrintStream out) {
        out.println("Result:   " + origin + (template == null ? "" : "  (templateSign " + template + ")"));
        out.println("Doc type: " + (result.docType() == null ? "-" : result.docType()));
        out.println("Aspects:  " + (result.aspects().isEmpty() ? "-" : String.join(", ", result.aspects())));
        out.println();
        out.println("Properties (typed value [type]  ← key: raw text @ page, cbox)");
        int width = result.properties().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, Object> e : result.properties().entrySet()) {
            if (e.getKey().equals("iocr:extractedText") || e.getKey().equals("iocr:extractedFields")
                    || e.getKey().equals("iocr:lineItems")) {
                continue;
            }
            out.printf("  %-" + width + "s = %s [%s]%s%n", e.getKey(), ValueText.of(e.getValue()),
                    type(e.getValue()), source(result, e.getKey()));
        }
        List<MappedField> failed = result.fields().stream()
                .filter(f -> f.value() == null && !result.properties().containsKey(f.property())).toList();
        if (!failed.isEmpty()) {
            out.println();
            out.println("Kept as raw text only (conversion failed)");
            failed.forEach(f -> out.printf("  %s  ← %s: %s%n", f.property(), f.key(), f.raw()));
        }
        List<MappedField> cells = result.fields().stream().filter(f -> f.lineItem() != null).toList();
        if (!cells.isEmpty()) {
            out.println();
            out.println("Line items (iocr:lineItems, JSON)");
            for (MappedField cell : cells) {
                out.printf("  %s = %s%s%n", cell.property(), cell.value() == null ? "(raw) " + cell.raw()
                        : cell.text(), cell.raw().equals(cell.text()) ? "" : "  ← \"" + cell.raw() + "\"");
            }
        }
        out.println();
        out.println("Warnings (" + result.warnings().size() + ")");
        for (MappingWarning w : result.warnings()) {
            out.println("  - " + (w.property() == null ? "" : w.property() + ": ") + w.message());
        }
        out.println();
        long lines = result.extractedText().isEmpty() ? 0 : result.extractedText().lines().count();
        out.println("Extracted (iocr:extracted): " + lines + " lines");
        result.extractedText().lines().limit(8).forEach(l -> out.println("  " + l));
        if (lines > 8) {
            out.println("  ...");
        }
    }

    private static String source(MappedResult result, String property) {
        String raw = result.rawValues().get(property);
        if (raw == null) {
            return "";
        }
        FieldLocation location = result.locations().stream().filter(l -> l.property().equals(property))
                .findFirst().orElse(null);
        String where = location == null ? "" : " @ p" + location.page()
                + (location.cbox() == null ? "" : " " + location.cbox());
        return "  ← " + (location == null ? "" : location.key() + ": ") + "\"" + raw + "\"" + where;
    }

    private static String type(Object value) {
        if (value instanceof List<?> list) {
            return "list of " + (list.isEmpty() ? "text" : type(list.get(0)));
        }
        if (value instanceof LocalDate) {
            return "date";
        }
        if (value instanceof Double) {
            return "double";
        }
        if (value instanceof Long) {
            return "int";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        return "text";
    }
}
