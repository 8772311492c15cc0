package io.iocr.engine.document;

import io.iocr.engine.ocr.Quad;
import io.iocr.engine.ocr.TextLine;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins positioned text fragments of a text layer into lines the way OCR sees them: fragments on one baseline
 * whose gap is under one character height become one line (a space where the gap is visible).
 */
final class TextLayerLines {

    /** A fragment of text in page pixels: left, top, right, bottom. */
    record Fragment(String text, double left, double top, double right, double bottom) {
        double height() {
            return bottom - top;
        }
    }

    private TextLayerLines() {
    }

    static List<TextLine> join(List<Fragment> fragments) {
        List<Fragment> sorted = new ArrayList<>(fragments);
        sorted.removeIf(f -> f.text().isBlank());
        sorted.sort(Comparator.comparingDouble((Fragment f) -> Math.round((f.top() + f.bottom()) / 2 / 4))
                .thenComparingDouble(Fragment::left));
        List<TextLine> lines = new ArrayList<>();
        Fragment current = null;
        StringBuilder text = new StringBuilder();
        for (Fragment f : sorted) {
            if (current != null) {
                double h = Math.max(current.height(), f.height());
                boolean sameRow = Math.abs((current.top() + current.bottom()) - (f.top() + f.bottom())) / 2 < h * 0.4;
                double gap = f.left() - current.right();
                if (sameRow && gap < h && gap > -h) {
                    if (gap > h * 0.2) {
                        text.append(' ');
                    }
                    text.append(f.text());
                    current = new Fragment(text.toString(), Math.min(current.left(), f.left()),
                            Math.min(current.top(), f.top()), Math.max(current.right(), f.right()),
                            Math.max(current.bottom(), f.bottom()));
                    continue;
                }
                lines.add(toLine(current, text));
            }
            current = f;
            text.setLength(0);
            text.append(f.text());
        }
        if (current != null) {
            lines.add(toLine(current, text));
        }
        return lines;
    }

    private static TextLine toLine(Fragment f, CharSequence text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return new TextLine(normalised, 1f, Quad.ofRect((float) f.left(), (float) f.top(),
                (float) (f.right() - f.left()), (float) (f.bottom() - f.top())));
    }
}
