package io.iocr.engine.server;

import io.iocr.engine.ocr.OcrEngine;
import io.iocr.engine.ocr.TextLine;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * Health is a real tiny job: OCR of a bundled 360×64 image whose text is known. Healthy when the text comes back
 * exactly; the time taken is reported so that a slow engine shows before it fails.
 */
final class HealthProbe {

    static final String EXPECTED = "发票号码:20250317";

    record Outcome(boolean healthy, long millis, String expected, String recognised) {
    }

    private final OcrEngine ocr;
    private final BufferedImage image;

    HealthProbe(OcrEngine ocr) {
        this.ocr = ocr;
        try (InputStream in = HealthProbe.class.getResourceAsStream("/io/iocr/engine/probe.png")) {
            this.image = ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The health probe image is missing from the classpath", e);
        }
    }

    Outcome run() {
        long start = System.nanoTime();
        String text;
        try {
            text = ocr.read(image).stream().map(TextLine::text).collect(Collectors.joining(" "));
        } catch (RuntimeException e) {
            text = "error: " + e.getMessage();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Outcome(text.replace(" ", "").equals(EXPECTED), millis, EXPECTED, text);
    }
}
