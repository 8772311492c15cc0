package io.iocr.engine.extract;

import io.iocr.engine.ocr.Quad;
import io.iocr.engine.ocr.TextLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The OCR lines of one page cut into segments at the known labels of a document model, with the spatial queries
 * extraction needs: a label's value on its own line or just to its right, values that continue on following
 * lines, and what lies on the same row. Labels are matched on text without whitespace, longest first, so
 * "价税合计(大写)" is never read as "合计".
 */
final class Layout {

    private final List<TextLine> lines;
    private final List<List<Segment>> segments = new ArrayList<>();

    Layout(List<TextLine> lines, List<String> labels) {
        this.lines = lines;
        List<String> byLength = new ArrayList<>(labels);
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        for (int i = 0; i < lines.size(); i++) {
            segments.add(cut(lines.get(i), i, byLength));
        }
    }

    List<TextLine> lines() {
        return lines;
    }

    List<Segment> segmentsOf(int lineIndex) {
        return segments.get(lineIndex);
    }

    /** Every segment carrying {@code label}, in reading order. */
    List<Segment> labelled(String label) {
        List<Segment> found = new ArrayList<>();
        for (List<Segment> line : segments) {
            for (Segment s : line) {
                if (label.equals(s.label())) {
                    found.add(s);
                }
            }
        }
        return found;
    }

    /**
     * The value of a label segment: its own text when it has any, else the first free-text segment to its right
     * on the same row (nearest first).
     */
    Optional<Segment> valueOf(Segment label) {
        if (!label.value().isEmpty()) {
            return Optional.of(label);
        }
        return rightOf(label.line().quad(), label.lineIndex()).filter(s -> !s.labelled());
    }

    /** The nearest segment to the right of {@code quad} on the same row. */
    Optional<Segment> rightOf(Quad quad, int exceptLine) {
        Segment best = null;
        double bestGap = Double.MAX_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            if (i == exceptLine) {
                continue;
            }
            Quad q = lines.get(i).quad();
            if (!sameRow(quad, q) || q.centerX() <= quad.maxX()) {
                continue;
            }
            double gap = q.minX() - quad.maxX();
            if (gap < bestGap && gap < quad.height() * 12) {
                bestGap = gap;
                best = segments.get(i).get(0);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The free-text lines continuing a value below it (a multi-line address or business scope): starting
     * roughly where the value starts, each within about one line height of the previous, until a labelled line.
     */
    List<Segment> continuation(Segment value, int maxLines) {
        List<Segment> more = new ArrayList<>();
        Quad last = value.quad();
        float lineHeight = value.height();
        for (int n = 0; n < maxLines; n++) {
            Segment next = null;
            for (int i = 0; i < lines.size(); i++) {
                Quad q = lines.get(i).quad();
                double gap = q.minY() - last.maxY();
                if (gap < -lineHeight * 0.3 || gap > lineHeight * 0.9) {
                    continue;
                }
                if (Math.abs(q.minX() - value.quad().minX()) > lineHeight * 1.5) {
                    continue;
                }
                Segment first = segments.get(i).get(0);
                if (first.labelled() || more.stream().anyMatch(s -> s.line() == first.line()) || first.line() == value.line()) {
                    continue;
                }
                next = first;
                break;
            }
            if (next == null) {
                break;
            }
            more.add(next);
            last = next.quad();
        }
        return more;
    }

    static boolean sameRow(Quad a, Quad b) {
        double overlap = Math.min(a.maxY(), b.maxY()) - Math.max(a.minY(), b.minY());
        return overlap > 0.5 * Math.min(a.maxY() - a.minY(), b.maxY() - b.minY());
    }

    /** Removes whitespace and the separators OCR reads between a label and its value. */
    static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static List<Segment> cut(TextLine line, int index, List<String> labels) {
        String text = line.text();
        // index of each non-space character in the original text, for locating pieces on the quad
        StringBuilder squashed = new StringBuilder();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                squashed.append(text.charAt(i));
                positions.add(i);
            }
        }
        String s = squashed.toString();
        List<int[]> starts = new ArrayList<>(); // [position in s, label index]
        for (int p = 0; p < s.length(); ) {
            int matched = -1;
            for (int l = 0; l < labels.size(); l++) {
                if (s.startsWith(labels.get(l), p)) {
                    matched = l;
                    break;
                }
            }
            if (matched >= 0) {
                starts.add(new int[] {p, matched});
                p += labels.get(matched).length();
            } else {
                p++;
            }
        }
        List<Segment> result = new ArrayList<>();
        int cursor = 0;
        String pendingLabel = null;
        int valueStart = 0;
        for (int[] start : starts) {
            if (start[0] > cursor || pendingLabel != null) {
                addSegment(result, line, index, pendingLabel, s, valueStart, start[0], positions, text);
            }
            pendingLabel = labels.get(start[1]);
            valueStart = start[0] + pendingLabel.length();
            cursor = valueStart;
        }
        addSegment(result, line, index, pendingLabel, s, pendingLabel == null ? 0 : valueStart, s.length(),
                positions, text);
        if (result.isEmpty()) {
            result.add(new Segment(null, "", line.quad(), line, index));
        }
        return result;
    }

    private static void addSegment(List<Segment> into, TextLine line, int index, String label, String s, int from,
                                   int to, List<Integer> positions, String text) {
        int start = from;
        int end = to;
        while (start < end && isSeparator(s.charAt(start))) {
            start++;
        }
        while (end > start && isSeparator(s.charAt(end - 1))) {
            end--;
        }
        if (label == null && start >= end) {
            return;
        }
        String value = s.substring(start, end);
        Quad quad = line.quad();
        if (start < end) {
            double total = weight(text, 0, text.length());
            double a = weight(text, 0, positions.get(start));
            double b = weight(text, 0, positions.get(end - 1) + 1);
            quad = line.quad().slice(a / total, b / total);
        } else {
            double total = weight(text, 0, text.length());
            int labelFrom = Math.max(0, from - label.length());
            quad = line.quad().slice(weight(text, 0, positions.isEmpty() ? 0 : positions.get(Math.min(labelFrom,
                    positions.size() - 1))) / total, 1.0);
        }
        into.add(new Segment(label, value, quad, line, index));
    }

    private static boolean isSeparator(char c) {
        return c == ':' || c == ';' || c == ',' || c == '|';
    }

    /** Approximate rendered width: CJK and full-width characters count 1, others about half. */
    private static double weight(String text, int from, int to) {
        double w = 0;
        for (int i = from; i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            w += c >= 0x2E80 ? 1.0 : (Character.isWhitespace(c) ? 0.35 : 0.55);
        }
        return Math.max(w, 1e-6);
    }
}
