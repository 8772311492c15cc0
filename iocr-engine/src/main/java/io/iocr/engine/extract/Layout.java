package io.iocr.engine.extract;

import io.iocr.engine.ocr.Quad;
import io.iocr.engine.ocr.TextLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The OCR lines of one page cut into segments at the known labels of a document model, with the spatial queries
 * extraction needs: a label's value on its own line or just to its right, values that continue on following
 * lines, and what lies on the same row. Labels are matched on text without whitespace, longest first, so
 * "价税合计(大写)" is never read as "合计".
 */
final class Layout {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final List<TextLine> lines;
    private final List<List<Segment>> segments = new ArrayList<>();
    private final double cos;
    private final double sin;

    Layout(List<TextLine> lines, List<String> labels) {
        double skew = skew(lines);
        this.cos = Math.cos(-skew);
        this.sin = Math.sin(-skew);
        this.lines = mergeSpacedLabels(lines, labels);
        List<String> byLength = new ArrayList<>(labels);
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        for (int i = 0; i < this.lines.size(); i++) {
            segments.add(cut(this.lines.get(i), i, byLength));
        }
    }

    /** The page's skew: the median direction of the longer lines' top edges (a scan rotated by a degree or two). */
    static double skew(List<TextLine> lines) {
        List<Double> angles = new ArrayList<>();
        for (TextLine line : lines) {
            Quad q = line.quad();
            if (q.width() > 2.5 * q.height()) {
                angles.add(Math.atan2(q.y1() - q.y0(), q.x1() - q.x0()));
            }
        }
        if (angles.isEmpty()) {
            return 0;
        }
        angles.sort(Double::compare);
        return angles.get(angles.size() / 2);
    }

    /** The quad in the deskewed frame, where rows are horizontal; used for every spatial comparison. */
    Quad frame(Quad q) {
        return new Quad(rx(q.x0(), q.y0()), ry(q.x0(), q.y0()), rx(q.x1(), q.y1()), ry(q.x1(), q.y1()),
                rx(q.x2(), q.y2()), ry(q.x2(), q.y2()), rx(q.x3(), q.y3()), ry(q.x3(), q.y3()));
    }

    private float rx(float x, float y) {
        return (float) (x * cos - y * sin);
    }

    private float ry(float x, float y) {
        return (float) (x * sin + y * cos);
    }

    boolean sameRow(Quad a, Quad b) {
        return overlapsRow(frame(a), frame(b));
    }

    /**
     * Labels printed with wide letter spacing ("名        称", "住        所") come out of OCR as two boxes; a line that
     * is the start of a label is joined with the box right of it when that box completes the label.
     */
    private List<TextLine> mergeSpacedLabels(List<TextLine> input, List<String> labels) {
        List<TextLine> result = new ArrayList<>(input);
        for (int i = 0; i < result.size(); i++) {
            String head = squash(result.get(i).text());
            if (head.isEmpty() || labels.contains(head)) {
                continue;
            }
            String label = null;
            for (String l : labels) {
                if (l.length() > head.length() && l.startsWith(head)) {
                    label = l;
                    break;
                }
            }
            if (label == null) {
                continue;
            }
            Quad a = frame(result.get(i).quad());
            int best = -1;
            double bestGap = Double.MAX_VALUE;
            for (int j = 0; j < result.size(); j++) {
                Quad b = frame(result.get(j).quad());
                double gap = b.minX() - a.maxX();
                if (j != i && overlapsRow(a, b) && gap > -a.height() * 0.3 && gap < a.height() * 6 && gap < bestGap) {
                    best = j;
                    bestGap = gap;
                }
            }
            if (best < 0) {
                continue;
            }
            String tail = squash(result.get(best).text());
            String rest = label.substring(head.length());
            if (head.length() == 1 && label.length() == 2 && !tail.startsWith(rest) && bestGap > a.height() * 2) {
                // the other half of a spaced two-character label was lost (noise, low confidence): a lone first
                // character with a value far to its right still is that label
                TextLine line = result.get(i);
                result.set(i, new TextLine(label, line.score(), line.quad()));
                continue;
            }
            if (tail.startsWith(rest)) {
                TextLine joined = new TextLine(head + tail, Math.min(result.get(i).score(), result.get(best).score()),
                        result.get(i).quad().union(result.get(best).quad()));
                result.set(i, joined);
                result.remove(best);
                i = -1; // rescan: indexes moved
            }
        }
        return result;
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

    /** The nearest segment to the right of {@code original} on the same row. */
    Optional<Segment> rightOf(Quad original, int exceptLine) {
        Quad quad = frame(original);
        Segment best = null;
        double bestGap = Double.MAX_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            if (i == exceptLine) {
                continue;
            }
            Quad q = frame(lines.get(i).quad());
            if (!overlapsRow(quad, q) || q.centerX() <= quad.maxX()) {
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
        Quad start = frame(value.quad());
        Quad last = start;
        float lineHeight = value.height();
        for (int n = 0; n < maxLines; n++) {
            Segment next = null;
            for (int i = 0; i < lines.size(); i++) {
                Quad q = frame(lines.get(i).quad());
                double gap = q.minY() - last.maxY();
                if (gap < -lineHeight * 0.3 || gap > lineHeight * 0.9) {
                    continue;
                }
                if (Math.abs(q.minX() - start.minX()) > lineHeight * 1.5) {
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
            last = frame(next.quad());
        }
        return more;
    }

    private static boolean overlapsRow(Quad a, Quad b) {
        double overlap = Math.min(a.maxY(), b.maxY()) - Math.max(a.minY(), b.minY());
        return overlap > 0.5 * Math.min(a.maxY() - a.minY(), b.maxY() - b.minY());
    }

    /** The text without whitespace (OCR reads stray spaces inside labels and values). */
    static String squash(String text) {
        return WHITESPACE.matcher(text).replaceAll("");
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

    /** Separators between label and value, and the edge-of-glyph debris OCR reads next to a tight label. */
    private static boolean isSeparator(char c) {
        return c == ':' || c == '|' || c == '」' || c == '「' || c == '丨' || c == '`' || c == '\'';
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
