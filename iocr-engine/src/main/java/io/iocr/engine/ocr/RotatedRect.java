package io.iocr.engine.ocr;

import java.util.Arrays;

/**
 * A rotated rectangle (centre, side lengths, direction of the first side), with the minimum-area rectangle of a
 * point set: convex hull (monotone chain) plus rotating calipers, which is what OpenCV's minAreaRect computes.
 */
record RotatedRect(double cx, double cy, double w, double h, double ux, double uy) {

    double shortSide() {
        return Math.min(w, h);
    }

    /** Grows every side outwards by {@code d}: the DB "unclip" of a rectangle with round joins. */
    RotatedRect grow(double d) {
        return new RotatedRect(cx, cy, w + 2 * d, h + 2 * d, ux, uy);
    }

    /**
     * The corners ordered as PaddleOCR's get_mini_boxes orders them: sorted by x, the left pair split by y into
     * top-left/bottom-left, the right pair into top-right/bottom-right; returned tl, tr, br, bl as x,y pairs.
     */
    double[] orderedCorners() {
        double vx = -uy;
        double vy = ux;
        double[][] p = new double[4][];
        double hw = w / 2;
        double hh = h / 2;
        p[0] = new double[] {cx - ux * hw - vx * hh, cy - uy * hw - vy * hh};
        p[1] = new double[] {cx + ux * hw - vx * hh, cy + uy * hw - vy * hh};
        p[2] = new double[] {cx + ux * hw + vx * hh, cy + uy * hw + vy * hh};
        p[3] = new double[] {cx - ux * hw + vx * hh, cy - uy * hw + vy * hh};
        Arrays.sort(p, (a, b) -> Double.compare(a[0], b[0]));
        double[] tl;
        double[] bl;
        double[] tr;
        double[] br;
        if (p[1][1] > p[0][1]) {
            tl = p[0];
            bl = p[1];
        } else {
            tl = p[1];
            bl = p[0];
        }
        if (p[3][1] > p[2][1]) {
            tr = p[2];
            br = p[3];
        } else {
            tr = p[3];
            br = p[2];
        }
        return new double[] {tl[0], tl[1], tr[0], tr[1], br[0], br[1], bl[0], bl[1]};
    }

    /** Minimum-area enclosing rectangle of points given as parallel x/y arrays (n ≥ 1). */
    static RotatedRect minAreaRect(int[] xs, int[] ys, int n) {
        int[][] hull = convexHull(xs, ys, n);
        int m = hull.length;
        if (m == 1) {
            return new RotatedRect(hull[0][0], hull[0][1], 0, 0, 1, 0);
        }
        double bestArea = Double.MAX_VALUE;
        RotatedRect best = null;
        for (int i = 0; i < m; i++) {
            int[] a = hull[i];
            int[] b = hull[(i + 1) % m];
            double ex = b[0] - a[0];
            double ey = b[1] - a[1];
            double len = Math.hypot(ex, ey);
            if (len == 0) {
                continue;
            }
            double ux = ex / len;
            double uy = ey / len;
            double minU = Double.MAX_VALUE;
            double maxU = -Double.MAX_VALUE;
            double minV = Double.MAX_VALUE;
            double maxV = -Double.MAX_VALUE;
            for (int[] p : hull) {
                double u = p[0] * ux + p[1] * uy;
                double v = -p[0] * uy + p[1] * ux;
                minU = Math.min(minU, u);
                maxU = Math.max(maxU, u);
                minV = Math.min(minV, v);
                maxV = Math.max(maxV, v);
            }
            double area = (maxU - minU) * (maxV - minV);
            if (area < bestArea) {
                bestArea = area;
                double cu = (minU + maxU) / 2;
                double cv = (minV + maxV) / 2;
                // back from (u, v) to (x, y): x = u*ux - v*uy, y = u*uy + v*ux
                best = new RotatedRect(cu * ux - cv * uy, cu * uy + cv * ux, maxU - minU, maxV - minV, ux, uy);
            }
        }
        return best == null ? new RotatedRect(hull[0][0], hull[0][1], 0, 0, 1, 0) : best;
    }

    private static int[][] convexHull(int[] xs, int[] ys, int n) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) xs[i] << 32) | (ys[i] & 0xffffffffL);
        }
        Arrays.sort(keys);
        int[][] pts = new int[n][];
        int unique = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && keys[i] == keys[i - 1]) {
                continue;
            }
            pts[unique++] = new int[] {(int) (keys[i] >> 32), (int) keys[i]};
        }
        if (unique < 3) {
            return Arrays.copyOf(pts, unique);
        }
        int[][] hull = new int[2 * unique][];
        int k = 0;
        for (int i = 0; i < unique; i++) {
            while (k >= 2 && cross(hull[k - 2], hull[k - 1], pts[i]) <= 0) {
                k--;
            }
            hull[k++] = pts[i];
        }
        for (int i = unique - 2, lower = k + 1; i >= 0; i--) {
            while (k >= lower && cross(hull[k - 2], hull[k - 1], pts[i]) <= 0) {
                k--;
            }
            hull[k++] = pts[i];
        }
        return Arrays.copyOf(hull, Math.max(1, k - 1));
    }

    private static long cross(int[] o, int[] a, int[] b) {
        return (long) (a[0] - o[0]) * (b[1] - o[1]) - (long) (a[1] - o[1]) * (b[0] - o[0]);
    }
}
