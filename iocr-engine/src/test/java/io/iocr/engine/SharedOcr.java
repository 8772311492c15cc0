package io.iocr.engine;

import io.iocr.engine.ocr.OcrConfig;
import io.iocr.engine.ocr.OcrEngine;

/** One OCR engine for the whole test JVM: loading the models costs half a second, and sessions are thread-safe. */
public final class SharedOcr {

    private static OcrEngine engine;

    private SharedOcr() {
    }

    public static synchronized OcrEngine get() {
        if (engine == null) {
            engine = new OcrEngine(OcrConfig.ofDefaults());
            Runtime.getRuntime().addShutdownHook(new Thread(engine::close));
        }
        return engine;
    }
}
