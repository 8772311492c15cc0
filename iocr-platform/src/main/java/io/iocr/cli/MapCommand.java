package io.iocr.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.iocr.client.model.RecognitionResponse;
import io.iocr.mapping.FieldLocationsJson;
import io.iocr.mapping.MappedResult;
import io.iocr.mapping.MappingFileResultMapper;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
        MappedResultPrinter.print(result, file, template, out);
        return 0;
    }
}
