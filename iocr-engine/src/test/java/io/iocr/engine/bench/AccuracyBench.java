package io.iocr.engine.bench;

import io.iocr.client.model.PageResult;
import io.iocr.engine.docgen.Degrader;
import io.iocr.engine.docgen.DocumentGenerator;
import io.iocr.engine.docgen.FieldScore;
import io.iocr.engine.docgen.GeneratedDocument;
import io.iocr.engine.document.DocumentReader;
import io.iocr.engine.extract.PageRecognizer;
import io.iocr.engine.config.EngineConfig;
import io.iocr.engine.ocr.OcrEngine;
import java.util.Locale;
import java.util.Random;

/**
 * {@code ./run.sh bench accuracy [PER_KIND] [SEED]}: field-level accuracy of OCR + extraction on generated
 * invoices, ID cards (front and back), licences and bank cards, clean (PNG) and degraded (±2° rotation, noise
 * σ 10, JPEG q 0.6). The last line is {"bench":"accuracy","clean_field_accuracy":X,"degraded_field_accuracy":Y}.
 */
public final class AccuracyBench {

    private AccuracyBench() {
    }

    public static void main(String[] args) {
        int perKind = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20250317L;
        boolean verbose = Boolean.getBoolean("bench.verbose");
        Random random = new Random(seed);
        int[] clean = new int[2];
        int[] degraded = new int[2];
        try (OcrEngine ocr = new OcrEngine(EngineConfig.load().ocr())) {
            PageRecognizer recognizer = new PageRecognizer(ocr);
            for (String kind : DocumentGenerator.KINDS) {
                int[] kindClean = new int[2];
                int[] kindDegraded = new int[2];
                for (int i = 0; i < perKind; i++) {
                    GeneratedDocument doc = DocumentGenerator.generate(kind, random);
                    score(recognizer, doc, DocumentReader.decodeImage(Degrader.png(doc.image())), kindClean, verbose,
                            "clean");
                    byte[] jpeg = Degrader.degrade(doc.image(), random, 2.0, 10, 0.6f);
                    score(recognizer, doc, DocumentReader.decodeImage(jpeg), kindDegraded, verbose, "degraded");
                }
                System.out.printf(Locale.ROOT, "%-18s clean %d/%d  degraded %d/%d%n", kind, kindClean[0], kindClean[1],
                        kindDegraded[0], kindDegraded[1]);
                clean[0] += kindClean[0];
                clean[1] += kindClean[1];
                degraded[0] += kindDegraded[0];
                degraded[1] += kindDegraded[1];
            }
        }
        System.out.printf(Locale.ROOT, "{\"bench\":\"accuracy\",\"clean_field_accuracy\":%.4f,"
                + "\"degraded_field_accuracy\":%.4f}%n", (double) clean[0] / clean[1], (double) degraded[0] / degraded[1]);
    }

    private static void score(PageRecognizer recognizer, GeneratedDocument doc, java.awt.image.BufferedImage image,
                              int[] into, boolean verbose, String variant) {
        PageResult page = recognizer.recognise(new io.iocr.engine.document.DocumentPage(1,
                io.iocr.engine.ocr.PixelImage.of(image), null, image.getWidth(), image.getHeight()),
                doc.templateSign());
        FieldScore score = FieldScore.of(doc, page);
        into[0] += score.correct();
        into[1] += score.total();
        if (verbose) {
            score.misses().forEach(m -> System.out.println("  " + doc.name() + " " + variant + " " + m));
        }
    }
}
