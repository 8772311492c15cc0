package io.iocr.engine.ocr;

import java.awt.image.BufferedImage;

/** Plain rendered test lines (Noto Sans CJK, 30 px, black on white), shared by tests outside this package. */
public final class OcrEngineTestImages {

    private OcrEngineTestImages() {
    }

    public static BufferedImage render(int w, int h, String... lines) {
        return OcrEngineTest.render(w, h, 0, lines);
    }
}
