package io.iocr.engine.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtEnvironment;
import io.iocr.engine.ShippedModels;
import io.iocr.engine.docgen.DocumentGenerator;
import io.iocr.engine.onnx.GraphSimplifier;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The models as the engine loads them, simplified, compute what the models as shipped compute. */
class SimplifiedModelsTest {

    @Test
    void theRecognitionModelGivesTheSameCharacterProbabilities() {
        int classes = 6625; // the dictionary's 6,623 characters, the CTC blank and the space
        float[][] out = runBoth(OcrEngine.REC_MODEL, new long[] {2, 3, 48, 320}, new long[] {2, 320 / 8, classes});

        assertThat(maxDifference(out[0], out[1])).isLessThan(1e-4f);
        // and so the same character at every time step of both lines
        for (int step = 0; step < out[0].length / classes; step++) {
            assertThat(argmax(out[1], step * classes, classes)).isEqualTo(argmax(out[0], step * classes, classes));
        }
    }

    @Test
    void theDetectionModelGivesTheSameTextProbabilityMap() {
        float[][] out = runBoth(OcrEngine.DET_MODEL, new long[] {1, 3, 224, 320}, new long[] {1, 1, 224, 320});

        assertThat(maxDifference(out[0], out[1])).isLessThan(1e-4f);
    }

    @Test
    void theEngineReadsAnInvoiceWordForWordAsWithTheModelsAsShipped() {
        var invoice = DocumentGenerator.invoice(new Random(7)).image();
        // float recognition on both sides: the 8-bit one is compared with float in QuantizedRecognitionTest
        OcrConfig.Recognition floatRecognition = OcrConfig.ofDefaults().recognition().withInt8(false);

        try (OcrEngine simplified = new OcrEngine(OcrConfig.ofDefaults().withRecognition(floatRecognition));
             OcrEngine asShipped = new OcrEngine(OcrConfig.ofDefaults().withSimplifiedModels(false)
                     .withRecognition(floatRecognition))) {
            assertThat(simplified.read(invoice)).extracting(TextLine::text).hasSizeGreaterThan(40)
                    .containsExactlyElementsOf(asShipped.read(invoice).stream().map(TextLine::text).toList());
        }
    }

    /** Output of the model as shipped [0] and simplified [1] on the same input: page-like values in [-1, 1]. */
    private static float[][] runBoth(String file, long[] shape, long[] outputShape) {
        byte[] shipped = ShippedModels.bytes(file);
        byte[] simplified = GraphSimplifier.simplify(shipped).model();
        int size = (int) (shape[0] * shape[1] * shape[2] * shape[3]);
        float[] input = new float[size];
        Random random = new Random(1);
        for (int i = 0; i < size; i++) {
            // mostly paper (near 1) with ink strokes (near -1), as a normalised scan looks
            input[i] = random.nextInt(5) == 0 ? -1 + random.nextFloat() * 0.3f : 1 - random.nextFloat() * 0.1f;
        }
        return OcrEngine.onLargeStack(() -> {
            float[][] outputs = new float[2][];
            byte[][] models = {shipped, simplified};
            for (int m = 0; m < 2; m++) {
                try (OnnxModel model = new OnnxModel(OrtEnvironment.getEnvironment(), file, models[m], 1)) {
                    outputs[m] = run(model, input, shape, outputShape);
                }
            }
            return outputs;
        });
    }

    private static float[] run(OnnxModel model, float[] input, long[] shape, long[] outputShape) {
        int size = (int) Arrays.stream(outputShape).reduce(1, (a, b) -> a * b);
        FloatBuffer output = TensorBuffers.OUTPUT.of(size);
        model.run(FloatBuffer.wrap(input), shape, output, outputShape);
        float[] values = new float[size];
        output.get(values);
        return values;
    }

    private static float maxDifference(float[] a, float[] b) {
        assertThat(b).hasSameSizeAs(a);
        float max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static int argmax(float[] values, int from, int count) {
        int best = from;
        for (int i = from + 1; i < from + count; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best - from;
    }
}
