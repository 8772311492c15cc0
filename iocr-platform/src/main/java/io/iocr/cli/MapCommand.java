package io.iocr.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.iocr.client.model.RecognitionResponse;
import io.iocr.mapping.FieldLocation;
import io.iocr.mapping.FieldLocationsJson;
import io.iocr.mapping.MappedField;
import io.iocr.mapping.MappedResult;
import io.iocr.mapping.MappingFileResultMapper;
import io.iocr.mapping.MappingWarning;
import io.iocr.mapping.ValueText;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code ./run.sh map RESULT.json [--template X] [--mappings DIR] [--json]}: maps a saved get_result response with
 * the shipped mapping files (plus DIR's, as the repository does with iocr.mapping.customFolder) and prints the
 * aspects, typed properties, raw values, locations and warnings, so an administrator can test a mapping file.
 */
public final class MapCommand {

    static final String USAGE = "Usage: ./run.sh map RESULT.json [--template TEMPLATE_SIGN] [--mappings DIR] [--json]";

    private MapCommand() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** @return the exit status: 0 mapped, 1 unreadable input, 2 wrong arguments */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String file = null;
        String template = null;
        String mappings = null;
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--template", "-t" -> template = ++i < args.length ? args[i] : null;
                case "--mappings", "-m" -> mappings = ++i < args.length ? args[i] : null;
                case "--json" -> json = true;
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (args[i].startsWith("-") || file != null) {
                        err.println("Unknown argument '" + args[i] + "'\n" + USAGE);
                        return 2;
                    }
                    file = args[i];
                }
            }
        }
        if (file == null || (args.length > 0 && (args[args.length - 1].equals("--template")
                || args[args.length - 1].equals("--mappings")))) {
            err.println(USAGE);
            return 2;
        }
        ObjectMapper jackson = new ObjectMapper();
        RecognitionResponse response;
        try {
            response = jackson.readValue(Files.readString(Path.of(file), StandardCharsets.UTF_8),
                    RecognitionResponse.class);
        } catch (IOException | RuntimeException e) {
            err.println("Cannot read " + file + " as a get_result response: " + e.getMessage());
            return 1;
        }
        MappedResult result = new MappingFileResultMapper(mappings).map(response, template);
        if (json) {
            try {
                out.println(jackson.enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(FieldLocationsJson.toDocument(result)));
            } catch (IOException e) {
                err.println(e.getMessage());
                return 1;
            }
            return 0;
        }
        print(result, file, template, out);
        return 0;
    }

    private static void print(MappedResult result, String file, String template, PrintStream out) {
        out.println("Result:   " + file + (template == null ? "" : "  (templateSign " + template + ")"));
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
