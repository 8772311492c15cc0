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

    /** A float tensor read back from the session: its values in row-major order and its shape. */
    record Output(float[] data, long[] shape) {
    }

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

    Output run(FloatBuffer input, long[] shape) {
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, input, shape);
             OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
            OnnxTensor out = (OnnxTensor) result.get(0);
            return new Output(toArray(out.getFloatBuffer()), out.getInfo().getShape());
        } catch (OrtException e) {
            throw new OcrException("The " + name + " model failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the model with its output written straight into {@code output} (a direct buffer of exactly the output's
     * size, shape {@code outputShape}) rather than into a tensor of its own that is then copied onto the heap.
     */
    void runInto(FloatBuffer input, long[] shape, FloatBuffer output, long[] outputShape) {
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

    /** The copy ONNX Runtime made of its tensor: the heap buffer's own array, copied again only if it has none. */
    private static float[] toArray(FloatBuffer values) {
        if (values.hasArray() && values.arrayOffset() == 0 && values.remaining() == values.array().length) {
            return values.array();
        }
        float[] copy = new float[values.remaining()];
        values.duplicate().get(copy);
        return copy;
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
