package io.iocr.engine.docgen;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code ./run.sh sample KIND FILE.png [--seed N] [--degraded]}: renders a document of the kind the product
 * recognises (an invoice, an ID card, a licence, ...) and prints what it says, so a newcomer has a scan to try
 * {@code ./run.sh recognise} on and can compare what comes back.
 */
public final class SampleCommand {

    static final String USAGE = "Usage: ./run.sh sample KIND FILE.png [--seed N] | sample KIND FILE.jpg --degraded [--seed N]\n  KIND: "
            + String.join(", ", DocumentGenerator.KINDS) + " (or invoice)";

    private SampleCommand() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** @return 0 written, 1 not written, 2 wrong arguments */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2) {
            err.println(USAGE);
            return 2;
        }
        String kind = args[0].equals("invoice") ? "multiple_invoice" : args[0];
        if (!DocumentGenerator.KINDS.contains(kind)) {
            err.println("Unknown kind '" + args[0] + "'\n" + USAGE);
            return 2;
        }
        Path file = Path.of(args[1]);
        long seed = System.currentTimeMillis();
        boolean degraded = false;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--degraded")) {
                degraded = true;
            } else if (args[i].equals("--seed") && i + 1 < args.length) {
                seed = Long.parseLong(args[++i]);
            } else {
                err.println("Unknown argument '" + args[i] + "'\n" + USAGE);
                return 2;
            }
        }
        String expected = degraded ? ".jpg" : ".png";
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(expected)) {
            // The name must tell the real type: iOCR refuses a file whose extension does not match its content.
            err.println((degraded ? "A degraded sample is a JPEG" : "A sample is a PNG") + "; name it *" + expected);
            return 2;
        }
        Random random = new Random(seed);
        GeneratedDocument document = DocumentGenerator.generate(kind, random);
        byte[] bytes = degraded ? Degrader.degrade(document.image(), random, 2, 12, 0.6f)
                : Degrader.png(document.image());
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            err.println("Cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        out.println("Wrote " + file + ": a generated " + document.docType() + " (templateSign " + kind + ", seed "
                + seed + (degraded ? ", degraded" : "") + ") that reads:");
        for (Map.Entry<String, List<String>> field : document.fields().entrySet()) {
            out.println("  " + field.getKey() + ": " + String.join(" | ", field.getValue()));
        }
        if (!document.rows().isEmpty()) {
            out.println("  (" + document.rows().size() + " line items)");
        }
        out.println("Try: ./run.sh recognise " + file + " --template " + kind);
        return 0;
    }
}
