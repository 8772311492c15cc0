package io.iocr.engine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iocr.engine.docgen.Degrader;
import io.iocr.engine.docgen.DocumentGenerator;
import io.iocr.engine.docgen.GeneratedDocument;
import io.iocr.engine.document.DocumentKind;
import io.iocr.engine.document.DocumentPage;
import io.iocr.engine.document.DocumentReader;
import io.iocr.engine.extract.PageRecognizer;
import io.iocr.engine.config.EngineConfig;
import io.iocr.engine.ocr.OcrEngine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./run.sh bench engine [INVOICES] [CARDS]}: speed of the engine's recognition path (decode, PP-OCRv4,
 * key-value extraction — what a worker does per page) on generated invoices and ID cards, and of the node peer
 * (@gutenye/ocr-node, same models) on the same image files, in the same run. Both first recognise as many other
 * generated pages untimed, so the figures are a running server's, not its first minute's. The last line is
 * {"bench":"engine","invoice_p50_s":A,"invoice_p95_s":B,"pages_per_s":C,"node_peer_pages_per_s":D,"rss_mb":E}.
 */
public final class EngineBench {

    private static final Path NODE_DIR = Path.of("iocr-engine/src/test/node");

    private EngineBench() {
    }

    public static void main(String[] args) throws Exception {
        int invoices = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int cards = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        Path dir = Files.createDirectories(Path.of("iocr-engine/target/bench-engine"));
        List<Path> files = generate(dir, "", new Random(42), invoices, cards);
        // warm-up on other documents of the same kinds, as a running server has seen: JIT compilation and ONNX
        // Runtime's first run of each input shape are start-up costs, not a page's
        List<Path> warmUp = generate(dir, "warm-up-", new Random(7), invoices, cards);

        double[] invoiceSeconds = new double[invoices];
        double javaSeconds;
        double firstPageSeconds;
        double warmUpSeconds;
        long timedCompileMillis;
        try (OcrEngine ocr = new OcrEngine(EngineConfig.load().ocr())) {
            PageRecognizer recognizer = new PageRecognizer(ocr);
            DocumentReader reader = new DocumentReader(144, 50);
            long warmUpStart = System.nanoTime();
            recognise(reader, recognizer, warmUp.get(0));
            firstPageSeconds = (System.nanoTime() - warmUpStart) / 1e9;
            for (Path file : warmUp.subList(1, warmUp.size())) {
                recognise(reader, recognizer, file);
            }
            warmUpSeconds = (System.nanoTime() - warmUpStart) / 1e9;
            long compileMillisBefore = compileMillis();
            long start = System.nanoTime();
            int n = 0;
            for (int i = 0; i < files.size(); i++) {
                long t = System.nanoTime();
                recognise(reader, recognizer, files.get(i));
                if (i < invoices) {
                    invoiceSeconds[n++] = (System.nanoTime() - t) / 1e9;
                }
            }
            javaSeconds = (System.nanoTime() - start) / 1e9;
            timedCompileMillis = compileMillis() - compileMillisBefore;
        }
        long rssMb = peakRssMb();
        double nodePagesPerSecond = nodePeer(warmUp, files);
        Arrays.sort(invoiceSeconds);
        double pagesPerSecond = files.size() / javaSeconds;
        System.out.printf(Locale.ROOT, "java warm-up: %d other pages in %.2f s, the first (cold) in %.3f s%n",
                warmUp.size(), warmUpSeconds, firstPageSeconds);
        System.out.printf(Locale.ROOT, "java: %d pages in %.2f s (JIT compiling meanwhile: %d ms); "
                        + "invoices p50 %.3f s, p95 %.3f s%n", files.size(), javaSeconds, timedCompileMillis,
                percentile(invoiceSeconds, 50), percentile(invoiceSeconds, 95));
        System.out.printf(Locale.ROOT, "{\"bench\":\"engine\",\"invoice_p50_s\":%.3f,\"invoice_p95_s\":%.3f,"
                        + "\"pages_per_s\":%.3f,\"node_peer_pages_per_s\":%.3f,\"rss_mb\":%d}%n",
                percentile(invoiceSeconds, 50), percentile(invoiceSeconds, 95), pagesPerSecond, nodePagesPerSecond,
                rssMb);
    }

    private static void recognise(DocumentReader reader, PageRecognizer recognizer, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (DocumentPage page : reader.pages(DocumentKind.sniff(bytes), bytes)) {
            recognizer.recognise(page, null); // classify, then extract: the classifierId path, the longer one
        }
    }

    /** INVOICES invoices, then CARDS ID cards (front and back in turn), as PNG files. */
    private static List<Path> generate(Path dir, String prefix, Random random, int invoices, int cards)
            throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < invoices; i++) {
            files.add(write(dir, prefix + "invoice-" + i + ".png", DocumentGenerator.invoice(random)));
        }
        for (int i = 0; i < cards; i++) {
            GeneratedDocument card = i % 2 == 0 ? DocumentGenerator.idCardFront(random)
                    : DocumentGenerator.idCardBack(random);
            files.add(write(dir, prefix + "card-" + i + ".png", card));
        }
        return files;
    }

    private static Path write(Path dir, String name, GeneratedDocument doc) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, Degrader.png(doc.image()));
        return file;
    }

    /** Runs the node peer on the same files, after the same warm-up; installs it with npm first when needed. */
    private static double nodePeer(List<Path> warmUp, List<Path> files) throws IOException, InterruptedException {
        if (!Files.isDirectory(NODE_DIR.resolve("node_modules/@gutenye/ocr-node"))) {
            // --ignore-scripts: onnxruntime-node's install script fetches optional GPU binaries from the network;
            // the CPU binaries are in the package itself
            run(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"), 600);
        }
        List<String> command = new ArrayList<>(List.of("node", "peer.mjs"));
        warmUp.forEach(f -> command.add(f.toAbsolutePath().toString()));
        command.add("--");
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        String output = run(command, 1800);
        String last = output.strip().lines().reduce((a, b) -> b).orElse("{}");
        JsonNode result = new ObjectMapper().readTree(last);
        return result.get("pages").asDouble() / result.get("seconds").asDouble();
    }

    private static String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(NODE_DIR.toFile()).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(command.get(0) + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Time the JIT compiler threads have spent so far; they share the two cores with the pages. */
    private static long compileMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /** Peak resident set size of this JVM (VmHWM), in MB. */
    private static long peakRssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
