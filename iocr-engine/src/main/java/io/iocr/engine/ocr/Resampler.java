package io.iocr.engine.ocr;

import java.nio.FloatBuffer;

/** Bilinear resampling straight into normalised CHW (BGR channel order) model input. */
final class Resampler {

    private Resampler() {
    }

    /**
     * Writes rows {@code fromRow} (inclusive) to {@code toRow} (exclusive) of {@code image} resized to w×h into
     * {@code out} (planes B, G, R, starting at its position), each value {@code (v/255 − mean[c]) / std[c]}, with
     * OpenCV's half-pixel-centre convention. Bands of rows may be written side by side, each through its own view.
     */
    static void bilinearChw(PixelImage image, int w, int h, FloatBuffer out, float[] mean, float[] std,
                            int fromRow, int toRow) {
        int base = out.position();
        int plane = w * h;
        double sx = (double) image.width() / w;
        double sy = (double) image.height() / h;
        int[] x0s = new int[w];
        int[] x1s = new int[w];
        float[] fxs = new float[w];
        for (int x = 0; x < w; x++) {
            double fx = Math.max(0, (x + 0.5) * sx - 0.5);
            int x0 = Math.min((int) fx, image.width() - 1);
            x0s[x] = x0;
            x1s[x] = Math.min(x0 + 1, image.width() - 1);
            fxs[x] = (float) (fx - x0);
        }
        int[] rgb = image.rgb();
        int iw = image.width();
        BgrRow row = new BgrRow(w, mean, std);
        for (int y = fromRow; y < toRow; y++) {
            double fy = Math.max(0, (y + 0.5) * sy - 0.5);
            int y0 = Math.min((int) fy, image.height() - 1);
            int y1 = Math.min(y0 + 1, image.height() - 1);
            float wy = (float) (fy - y0);
            int row0 = y0 * iw;
            int row1 = y1 * iw;
            for (int x = 0; x < w; x++) {
                row.sample(x, rgb[row0 + x0s[x]], rgb[row0 + x1s[x]], rgb[row1 + x0s[x]], rgb[row1 + x1s[x]],
                        fxs[x], wy);
            }
            row.writeTo(out, base + y * w, plane);
        }
    }
}
