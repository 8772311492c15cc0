package io.iocr.engine.document;

import io.iocr.engine.ocr.PixelImage;
import io.iocr.engine.ocr.TextLine;
import java.util.List;

/**
 * One page to recognise: either an image to OCR, or the page's own text layer (PDF/OFD text), already as lines.
 * Coordinates of both are in the page's pixel space ({@code width} × {@code height}).
 */
public record DocumentPage(int number, PixelImage image, List<TextLine> textLayer, int width, int height) {

    public static DocumentPage ofImage(int number, PixelImage image) {
        return new DocumentPage(number, image, null, image.width(), image.height());
    }

    public static DocumentPage ofText(int number, List<TextLine> lines, int width, int height) {
        return new DocumentPage(number, null, List.copyOf(lines), width, height);
    }

    public boolean hasTextLayer() {
        return textLayer != null;
    }
}
