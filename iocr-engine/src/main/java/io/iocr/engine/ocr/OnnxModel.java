package io.iocr.engine.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * One ONNX Runtime session with a single float input and a single float output. Created once and shared: ONNX
 * Runtime sessions are safe for concurrent {@link #run} calls.
 */
final class OnnxModel implements AutoCloseable {

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String inputName;
    private final String outputName;
    private final String name;

    OnnxModel(OrtEnvironment env, String name, byte[] model, int threads) {
        this.env = env;
        this.name = name;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // input shapes change with every page and batch: no point planning memory per shape, and idle
            // workers should yield the core rather than spin (2-core servers run more than the engine)
            options.setMemoryPatternOptimization(false);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            this.session = env.createSession(model, options);
            this.inputName = session.getInputNames().iterator().next();
            this.outputName = session.getOutputNames().iterator().next();
        } catch (OrtException e) {
            throw new OcrException("Cannot load the " + name + " model: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the model with its output written straight into {@code output} (a direct buffer of exactly the output's
     * size, shape {@code outputShape}): no tensor of the session's own that is then copied onto the heap, which for
     * detection's probability map (2.3 MB per invoice) and recognition's class probabilities (~50 MB per invoice)
     * was garbage on every page.
     */
    void run(FloatBuffer input, long[] shape, FloatBuffer output, long[] outputShape) {
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, input, shape);
             OnnxTensor out = OnnxTensor.createTensor(env, output, outputShape);
             OrtSession.Result ignored = session.run(Map.of(inputName, tensor), Map.of(outputName, out))) {
            // the result holds only the pinned output, which closes with `out`
        } catch (OrtException e) {
            throw new OcrException("The " + name + " model failed: " + e.getMessage(), e);
        }
    }

    /** The shape of the model's output as the file declares it; -1 for a dimension that depends on the input. */
    long[] outputShape() {
        try {
            return ((TensorInfo) session.getOutputInfo().get(outputName).getInfo()).getShape();
        } catch (OrtException e) {
            throw new OcrException("Cannot read the " + name + " model's output: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new OcrException("Cannot close the " + name + " model: " + e.getMessage(), e);
        }
    }
}
