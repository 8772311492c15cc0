package io.iocr.engine.ocr;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * DB post-processing of the detection probability map into text quads, as PaddleOCR's DBPostProcess does it, in
 * plain Java: binarise, 8-connected components (≈ contours), minimum-area rectangle, mean-probability score,
 * rectangle unclip, scale back to the source image, reading order.
 */
final class DbPostProcessor {

    private static final int MIN_SIZE = 3;

    private final OcrConfig.Detection config;

    DbPostProcessor(OcrConfig.Detection config) {
        this.config = config;
    }

    List<Quad> boxes(FloatBuffer prob, int mapW, int mapH, int srcW, int srcH) {
        float thresh = (float) config.thresh();
        byte[] state = new byte[mapW * mapH]; // 0 = background or visited, 1 = unvisited text pixel
        for (int i = 0; i < state.length; i++) {
            state[i] = prob.get(i) > thresh ? (byte) 1 : 0;
        }
        List<Quad> quads = new ArrayList<>();
        int[] stack = new int[Math.max(16, mapW * mapH / 4)];
        int[] xs = new int[256];
        int[] ys = new int[256];
        int candidates = 0;
        for (int start = 0; start < state.length && candidates < config.maxCandidates(); start++) {
            if (state[start] == 0) {
                continue;
            }
            candidates++;
            // flood fill; keep only each row's extreme pixels, which is all the convex hull needs
            int minY = start / mapW;
            int maxY = minY;
            int[] rowMin = new int[16];
            int[] rowMax = new int[16];
            java.util.Arrays.fill(rowMin, Integer.MAX_VALUE);
            java.util.Arrays.fill(rowMax, Integer.MIN_VALUE);
            int top = 0;
            stack[top++] = start;
            state[start] = 0;
            while (top > 0) {
                int p = stack[--top];
                int y = p / mapW;
                int x = p - y * mapW;
                int row = y - minY;
                if (row >= rowMin.length) {
                    int size = Math.max(row + 1, rowMin.length * 2);
                    int old = rowMin.length;
                    rowMin = java.util.Arrays.copyOf(rowMin, size);
                    rowMax = java.util.Arrays.copyOf(rowMax, size);
                    java.util.Arrays.fill(rowMin, old, size, Integer.MAX_VALUE);
                    java.util.Arrays.fill(rowMax, old, size, Integer.MIN_VALUE);
                }
                if (x < rowMin[row]) {
                    rowMin[row] = x;
                }
                if (x > rowMax[row]) {
                    rowMax[row] = x;
                }
                if (y > maxY) {
                    maxY = y;
                }
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < 0 || ny >= mapH) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        if (nx < 0 || nx >= mapW) {
                            continue;
                        }
                        int q = ny * mapW + nx;
                        if (state[q] != 0) {
                            state[q] = 0;
                            if (top == stack.length) {
                                stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[top++] = q;
                        }
                    }
                }
            }
            int rows = maxY - minY + 1;
            if (xs.length < rows * 2) {
                xs = new int[rows * 2];
                ys = new int[rows * 2];
            }
            int n = 0;
            for (int r = 0; r < rows; r++) {
                if (rowMin[r] == Integer.MAX_VALUE) {
                    continue;
                }
                xs[n] = rowMin[r];
                ys[n++] = minY + r;
                xs[n] = rowMax[r];
                ys[n++] = minY + r;
            }
            if (n < 4) {
                continue;
            }
            RotatedRect rect = RotatedRect.minAreaRect(xs, ys, n);
            if (rect.shortSide() < MIN_SIZE) {
                continue;
            }
            double[] corners = rect.orderedCorners();
            if (meanScore(prob, mapW, mapH, corners) < config.boxThresh()) {
                continue;
            }
            double perimeter = 2 * (rect.w() + rect.h());
            RotatedRect grown = rect.grow(rect.w() * rect.h() * config.unclipRatio() / perimeter);
            if (grown.shortSide() < MIN_SIZE + 2) {
                continue;
            }
            Quad quad = toSource(grown.orderedCorners(), mapW, mapH, srcW, srcH);
            if (quad.width() > MIN_SIZE && quad.height() > MIN_SIZE) {
                quads.add(quad);
            }
        }
        return readingOrder(quads);
    }

    /** Mean probability inside the quad (PaddleOCR's box_score_fast). */
    private static double meanScore(FloatBuffer prob, int w, int h, double[] c) {
        int xmin = clamp((int) Math.floor(min(c[0], c[2], c[4], c[6])), 0, w - 1);
        int xmax = clamp((int) Math.ceil(max(c[0], c[2], c[4], c[6])), 0, w - 1);
        int ymin = clamp((int) Math.floor(min(c[1], c[3], c[5], c[7])), 0, h - 1);
        int ymax = clamp((int) Math.ceil(max(c[1], c[3], c[5], c[7])), 0, h - 1);
        double sum = 0;
        int count = 0;
        for (int y = ymin; y <= ymax; y++) {
            for (int x = xmin; x <= xmax; x++) {
                if (inside(c, x, y)) {
                    sum += prob.get(y * w + x);
                    count++;
                }
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    private static boolean inside(double[] c, double px, double py) {
        boolean positive = false;
        boolean negative = false;
        for (int i = 0; i < 4; i++) {
            double ax = c[2 * i];
            double ay = c[2 * i + 1];
            double bx = c[(2 * i + 2) % 8];
            double by = c[(2 * i + 3) % 8];
            double cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
            if (cross > 1e-9) {
                positive = true;
            } else if (cross < -1e-9) {
                negative = true;
            }
        }
        return !(positive && negative);
    }

    private static Quad toSource(double[] c, int mapW, int mapH, int srcW, int srcH) {
        float[] p = new float[8];
        for (int i = 0; i < 4; i++) {
            double x = Math.round(c[2 * i] / mapW * srcW);
            double y = Math.round(c[2 * i + 1] / mapH * srcH);
            p[2 * i] = (float) Math.max(0, Math.min(srcW - 1, x));
            p[2 * i + 1] = (float) Math.max(0, Math.min(srcH - 1, y));
        }
        return new Quad(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]);
    }

    /** Top to bottom, then left to right among boxes whose tops are within 10 px (PaddleOCR's sorted_boxes). */
    static List<Quad> readingOrder(List<Quad> quads) {
        List<Quad> sorted = new ArrayList<>(quads);
        sorted.sort(Comparator.comparingDouble(Quad::y0).thenComparingDouble(Quad::x0));
        for (int i = 0; i < sorted.size() - 1; i++) {
            for (int j = i; j >= 0; j--) {
                Quad a = sorted.get(j);
                Quad b = sorted.get(j + 1);
                if (Math.abs(b.y0() - a.y0()) < 10 && b.x0() < a.x0()) {
                    sorted.set(j, b);
                    sorted.set(j + 1, a);
                } else {
                    break;
                }
            }
        }
        return sorted;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double min(double a, double b, double c, double d) {
        return Math.min(Math.min(a, b), Math.min(c, d));
    }

    private static double max(double a, double b, double c, double d) {
        return Math.max(Math.max(a, b), Math.max(c, d));
    }
}
