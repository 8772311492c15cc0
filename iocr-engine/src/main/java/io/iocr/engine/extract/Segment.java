package io.iocr.engine.extract;

import io.iocr.engine.ocr.Quad;
import io.iocr.engine.ocr.TextLine;

/**
 * A labelled (or unlabelled) piece of one OCR line: {@code label} is the known label that starts it (null for
 * free text), {@code value} the text after the label with separators trimmed, {@code quad} where the value sits.
 */
record Segment(String label, String value, Quad quad, TextLine line, int lineIndex) {

    boolean labelled() {
        return label != null;
    }

    float height() {
        return line.quad().height();
    }
}
