package io.iocr.engine.ocr;

import java.nio.FloatBuffer;

/**
 * One row of a normalised BGR model input (CHW planes), sampled into arrays and then written with one bulk put per
 * plane: per-value puts into the direct input buffer cost several times the sampling itself. Values past the last
 * sampled column stay 0, the padding the models expect.
 */
final class BgrRow {

    private final float[] blue;
    private final float[] green;
    private final float[] red;
    private final float[] scale = new float[3];
    private final float[] shift = new float[3];

    /** A row of {@code width} values per plane, each {@code (v/255 − mean[c]) / std[c]} (c in BGR order). */
    BgrRow(int width, float[] mean, float[] std) {
        blue = new float[width];
        green = new float[width];
        red = new float[width];
        for (int c = 0; c < 3; c++) {
            scale[c] = 1f / (255f * std[c]);
            shift[c] = mean[c] / std[c];
        }
    }

    /** Column {@code x}: the bilinear blend of four packed 0xRRGGBB pixels at fractions (fx, fy) from p00. */
    void sample(int x, int p00, int p01, int p10, int p11, float fx, float fy) {
        float w00 = (1 - fx) * (1 - fy);
        float w01 = fx * (1 - fy);
        float w10 = (1 - fx) * fy;
        float w11 = fx * fy;
        blue[x] = blend(p00, p01, p10, p11, 0, w00, w01, w10, w11) * scale[0] - shift[0];
        green[x] = blend(p00, p01, p10, p11, 8, w00, w01, w10, w11) * scale[1] - shift[1];
        red[x] = blend(p00, p01, p10, p11, 16, w00, w01, w10, w11) * scale[2] - shift[2];
    }

    private static float blend(int p00, int p01, int p10, int p11, int bits,
                               float w00, float w01, float w10, float w11) {
        return ((p00 >> bits) & 0xff) * w00 + ((p01 >> bits) & 0xff) * w01
                + ((p10 >> bits) & 0xff) * w10 + ((p11 >> bits) & 0xff) * w11;
    }

    /** Writes the row at {@code index} of the blue plane, and at the same place of the green and red planes. */
    void writeTo(FloatBuffer out, int index, int plane) {
        out.put(index, blue, 0, blue.length);
        out.put(index + plane, green, 0, green.length);
        out.put(index + 2 * plane, red, 0, red.length);
    }
}
