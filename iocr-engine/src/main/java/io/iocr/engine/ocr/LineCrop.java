package io.iocr.engine.ocr;

import java.nio.FloatBuffer;

/**
 * A detected line's crop, sampled straight from the page through the homography that maps the upright crop
 * rectangle onto the detected quad (PaddleOCR's get_rotate_crop_image followed by the recogniser's resize, in one
 * bilinear pass). Tall crops (height ≥ 1.5 × width) are turned 90° counter-clockwise, as PaddleOCR does.
 */
final class LineCrop {

    private static final float[] HALF = {0.5f, 0.5f, 0.5f};

    private final PixelImage image;
    private final double[] corners; // tl, tr, br, bl of the upright crop on the page
    private final double[] h; // 3×3 homography, crop → page
    final int cropW;
    final int cropH;

    LineCrop(PixelImage image, Quad q) {
        this.image = image;
        int w = (int) Math.max(Math.hypot(q.x1() - q.x0(), q.y1() - q.y0()), Math.hypot(q.x2() - q.x3(), q.y2() - q.y3()));
        int hh = (int) Math.max(Math.hypot(q.x3() - q.x0(), q.y3() - q.y0()), Math.hypot(q.x2() - q.x1(), q.y2() - q.y1()));
        w = Math.max(w, 1);
        hh = Math.max(hh, 1);
        double[] corners = {q.x0(), q.y0(), q.x1(), q.y1(), q.x2(), q.y2(), q.x3(), q.y3()};
        if ((double) hh / w >= 1.5) {
            corners = new double[] {q.x1(), q.y1(), q.x2(), q.y2(), q.x3(), q.y3(), q.x0(), q.y0()};
            int t = w;
            w = hh;
            hh = t;
        }
        this.cropW = w;
        this.cropH = hh;
        this.corners = corners;
        this.h = rectToQuad(w, hh, corners);
    }

    private LineCrop(PixelImage image, int cropW, int cropH, double[] corners) {
        this.image = image;
        this.cropW = cropW;
        this.cropH = cropH;
        this.corners = corners;
        this.h = rectToQuad(cropW, cropH, corners);
    }

    /** The same crop turned 180° (the direction classifier found it upside down). */
    LineCrop flipped() {
        double[] c = corners;
        return new LineCrop(image, cropW, cropH, new double[] {c[4], c[5], c[6], c[7], c[0], c[1], c[2], c[3]});
    }

    double aspect() {
        return (double) cropW / cropH;
    }

    /**
     * Writes the crop resized to {@code w}×{@code height} into the planes of a [3, height, planeW] tensor slot
     * starting at {@code offset}, normalised as {@code (v/255 − 0.5)/0.5} in BGR order; columns w to planeW are
     * written as 0.
     */
    void writeNormalised(FloatBuffer out, int offset, int w, int height, int planeW) {
        int plane = height * planeW;
        double sx = (double) cropW / w;
        double sy = (double) cropH / height;
        int iw = image.width();
        int ih = image.height();
        int[] rgb = image.rgb();
        BgrRow row = new BgrRow(planeW, HALF, HALF);
        double maxX = iw - 1;
        double maxY = ih - 1;
        // the homography's terms in cx, the same for every row
        double colX = h[0];
        double colY = h[3];
        double colDen = h[6];
        for (int v = 0; v < height; v++) {
            double cy = (v + 0.5) * sy - 0.5;
            // along a row only cx changes: the homography's terms in cy are computed once per row
            double rowX = h[1] * cy + h[2];
            double rowY = h[4] * cy + h[5];
            double rowDen = h[7] * cy + h[8];
            for (int u = 0; u < w; u++) {
                double cx = (u + 0.5) * sx - 0.5;
                double inv = 1 / (colDen * cx + rowDen);
                // bilinear with replicated borders
                double px = clamp((colX * cx + rowX) * inv, maxX);
                double py = clamp((colY * cx + rowY) * inv, maxY);
                int x0 = (int) px;
                int y0 = (int) py;
                int x1 = x0 < iw - 1 ? x0 + 1 : x0;
                int y1 = y0 < ih - 1 ? y0 + 1 : y0;
                row.sample(u, rgb[y0 * iw + x0], rgb[y0 * iw + x1], rgb[y1 * iw + x0], rgb[y1 * iw + x1],
                        (float) (px - x0), (float) (py - y0));
            }
            row.writeTo(out, offset + v * planeW, plane);
        }
    }

    /** v limited to [0, max]; plain comparisons (Math.min/max on doubles also order −0.0 and NaN, at a cost). */
    private static double clamp(double v, double max) {
        return v < 0 ? 0 : v > max ? max : v;
    }

    /** The homography taking (0,0),(w,0),(w,h),(0,h) to the four corners (x,y pairs). */
    private static double[] rectToQuad(int w, int h, double[] q) {
        double[][] src = {{0, 0}, {w, 0}, {w, h}, {0, h}};
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = src[i][0];
            double y = src[i][1];
            double u = q[2 * i];
            double v = q[2 * i + 1];
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        double[] sol = solve(a);
        return new double[] {sol[0], sol[1], sol[2], sol[3], sol[4], sol[5], sol[6], sol[7], 1};
    }

    /** Gaussian elimination with partial pivoting on an 8×9 augmented matrix. */
    private static double[] solve(double[][] a) {
        int n = 8;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            double d = a[col][col];
            if (Math.abs(d) < 1e-12) {
                d = 1e-12; // degenerate quad: keep going; the crop will simply be blank
            }
            for (int c = col; c <= n; c++) {
                a[col][c] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != col && a[r][col] != 0) {
                    double f = a[r][col];
                    for (int c = col; c <= n; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a[i][n];
        }
        return x;
    }
}
