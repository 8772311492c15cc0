package io.iocr.engine.ocr;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 2 (optional), the 0°/180° line direction classifier: crops at 48×(≤192), batches of 6; a crop is turned
 * when the model says 180° with probability above 0.9.
 */
final class AngleClassifier {

    private static final int HEIGHT = 48;
    private static final int WIDTH = 192;
    private static final int BATCH = 6;
    private static final float THRESHOLD = 0.9f;

    private final OnnxModel model;

    AngleClassifier(OnnxModel model) {
        this.model = model;
    }

    List<LineCrop> upright(List<LineCrop> crops) {
        List<LineCrop> result = new ArrayList<>(crops);
        int slot = 3 * HEIGHT * WIDTH;
        for (int start = 0; start < crops.size(); start += BATCH) {
            int n = Math.min(BATCH, crops.size() - start);
            FloatBuffer input = TensorBuffers.INPUT.of(n * slot);
            for (int b = 0; b < n; b++) {
                LineCrop crop = crops.get(start + b);
                int w = (int) Math.min(Math.ceil(HEIGHT * crop.aspect()), WIDTH);
                crop.writeNormalised(input, b * slot, Math.max(1, w), HEIGHT, WIDTH);
            }
            FloatBuffer probabilities = TensorBuffers.OUTPUT.of(n * 2); // [upright, turned] per crop
            model.run(input, new long[] {n, 3, HEIGHT, WIDTH}, probabilities, new long[] {n, 2});
            for (int b = 0; b < n; b++) {
                float rotated = probabilities.get(b * 2 + 1);
                if (rotated > probabilities.get(b * 2) && rotated > THRESHOLD) {
                    result.set(start + b, crops.get(start + b).flipped());
                }
            }
        }
        return result;
    }
}
