package io.iocr.engine.onnx;

import io.iocr.engine.onnx.proto.OnnxSubset.NodeProto;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a model's widest matrix products in 8-bit integers. In PP-OCRv4's recognition model the 1×1 convolutions
 * of the last stages (240 and 480 channels) and the CTC head (120 features × 6,627 classes) are ~40 % of the
 * model's CPU time, and unlike its other operators they are bound by arithmetic, not memory: on CPUs with 8-bit
 * dot products (AVX-512 VNNI, AVX-VNNI, Arm dot product) they run two to three times faster as integers.
 *
 * <p>Each becomes ONNX Runtime's fused {@code DynamicQuantizeMatMul} (domain {@code com.microsoft}), which
 * quantises the activations per inference from their own range, so no calibration data is needed, multiplies by
 * the weights quantised here (int8, symmetric, one scale per output column) and adds the bias in float. A 1×1
 * convolution is that product over channels-last activations, so it gets a {@code Transpose} on either side; where
 * a hard-swish follows it, that runs channels-last as well and the transpose back comes after it (see
 * {@link #hardSwishAfter}). The head's bias {@code Add} goes into the operator. Narrower products stay in float:
 * there the quantisation passes cost more than the integer arithmetic saves.
 */
public final class Int8Quantizer {

    /** Fewest input and output channels for a 1×1 convolution to be quantised. */
    static final int MIN_CHANNELS = 240;
    /** Fewest weights for a matrix product by a constant to be quantised. */
    static final int MIN_WEIGHTS = MIN_CHANNELS * MIN_CHANNELS;
    private static final String MICROSOFT = "com.microsoft";

    /** The rewritten model and how many convolutions and matrix products now run in 8-bit integers. */
    public record Quantized(byte[] model, int convolutions, int matMuls) {
    }

    private Int8Quantizer() {
    }

    /** A candidate's weights as the [inputs, outputs] matrix, and its bias or null; read from the graph once. */
    private record Product(float[] matrix, int inputs, int outputs, float[] bias) {
    }

    /**
     * @throws IllegalArgumentException when {@code model} is not an ONNX model
     */
    public static Quantized quantize(byte[] model) {
        OnnxGraph graph = OnnxGraph.parse(model);
        int convolutions = 0;
        int matMuls = 0;
        for (NodeProto.Builder node : graph.nodes()) {
            Product convolution = widePointwiseConvolution(graph, node);
            Product matMul = convolution == null ? wideMatMul(graph, node) : null;
            if (convolution != null) {
                replaceConvolution(graph, node, convolution);
                convolutions++;
            } else if (matMul != null) {
                replaceMatMul(graph, node, matMul);
                matMuls++;
            }
        }
        if (convolutions + matMuls == 0) {
            return new Quantized(model, 0, 0);
        }
        graph.importOpset(MICROSOFT, 1);
        return new Quantized(graph.toBytes(), convolutions, matMuls);
    }

    /**
     * A plain 1×1 convolution (stride 1, no padding, one group) with constant weights, wide on both sides, as the
     * product of channels-last activations and its [inputs, outputs] weight matrix; else null.
     */
    private static Product widePointwiseConvolution(OnnxGraph graph, NodeProto.Builder conv) {
        boolean plain = OnnxGraph.isOp(conv, "Conv") && conv.getInputCount() >= 2
                && OnnxGraph.intAttribute(conv, "group", 1) == 1
                && OnnxGraph.intsAttribute(conv, "strides").stream().allMatch(s -> s == 1)
                && OnnxGraph.intsAttribute(conv, "dilations").stream().allMatch(d -> d == 1)
                && OnnxGraph.intsAttribute(conv, "pads").stream().allMatch(p -> p == 0)
                && OnnxGraph.stringAttribute(conv, "auto_pad") == null;
        long[] dims = plain ? graph.dims(conv.getInput(1)) : null;
        if (dims == null || dims.length != 4 || dims[2] != 1 || dims[3] != 1 || dims[0] < MIN_CHANNELS
                || dims[1] < MIN_CHANNELS) {
            return null;
        }
        ConvWeights weights = ConvWeights.of(graph, conv);
        if (weights == null) {
            return null;
        }
        int outputs = (int) dims[0];
        int inputs = (int) dims[1];
        float[] matrix = new float[inputs * outputs];
        for (int o = 0; o < outputs; o++) {
            for (int i = 0; i < inputs; i++) {
                matrix[i * outputs + o] = weights.w()[o * inputs + i];
            }
        }
        return new Product(matrix, inputs, outputs, weights.b());
    }

    /** Activations times a constant [K, N] matrix of at least MIN_WEIGHTS weights; else null. */
    private static Product wideMatMul(OnnxGraph graph, NodeProto.Builder matMul) {
        if (!OnnxGraph.isOp(matMul, "MatMul") || matMul.getInputCount() != 2 || graph.isConstant(matMul.getInput(0))) {
            return null;
        }
        long[] dims = graph.dims(matMul.getInput(1));
        float[] matrix = dims != null && dims.length == 2 && dims[0] * dims[1] >= MIN_WEIGHTS
                ? graph.floats(matMul.getInput(1)) : null;
        return matrix == null ? null : new Product(matrix, (int) dims[0], (int) dims[1], null);
    }

    private static void replaceConvolution(OnnxGraph graph, NodeProto.Builder conv, Product product) {
        String name = conv.getOutput(0);
        String channelsLast = graph.newTensorName(name + ".nhwc_in");
        String result = graph.newTensorName(name + ".nhwc_out");
        graph.insertBefore(conv, "Transpose", List.of(conv.getInput(0)), channelsLast)
                .addAttribute(OnnxGraph.intsAttribute("perm", 0, 2, 3, 1));
        insertProduct(graph, conv, channelsLast, product, result);
        // the transpose back: of the product, in the convolution's place, or of the hard-swish after it
        String channelsLastOut = result;
        String channelsFirst = name;
        NodeProto.Builder before = conv;
        NodeProto.Builder hardSwish = hardSwishAfter(graph, name);
        if (hardSwish != null) {
            graph.rewire(name, result);
            channelsLastOut = hardSwish.getOutput(0);
            channelsFirst = graph.newTensorName(channelsLastOut + ".nchw");
            before = graph.consumers(channelsLastOut).get(0); // the first in graph order
            graph.rewire(channelsLastOut, channelsFirst);
        }
        graph.insertBefore(before, "Transpose", List.of(channelsLastOut), channelsFirst)
                .addAttribute(OnnxGraph.intsAttribute("perm", 0, 3, 1, 2));
        graph.remove(List.of(conv));
    }

    /**
     * The {@code Mul} of the hard-swish {@code y·HardSigmoid(y)} (as GraphSimplifier writes it) when that is all that
     * reads {@code y}, else null. Element-wise, it gives the same values channels-last; with the transpose back after
     * it instead of before, ONNX Runtime folds that transpose into the layout reorder in front of the next
     * convolution, one pass over the activations fewer: the recognition model ran 3–6 % faster (in-process,
     * interleaved, widths 128–480), with the same output to the bit.
     */
    private static NodeProto.Builder hardSwishAfter(OnnxGraph graph, String y) {
        List<NodeProto.Builder> readers = graph.consumers(y);
        if (readers.size() != 2 || graph.isOutput(y)) {
            return null;
        }
        NodeProto.Builder gate = readers.stream().filter(node -> OnnxGraph.isOp(node, "HardSigmoid")).findFirst()
                .orElse(null);
        NodeProto.Builder mul = readers.stream().filter(node -> OnnxGraph.isOp(node, "Mul")).findFirst()
                .orElse(null);
        boolean hardSwish = gate != null && mul != null && mul.getInputCount() == 2
                && Set.copyOf(mul.getInputList()).equals(Set.of(y, gate.getOutput(0)))
                && graph.soleConsumer(gate.getOutput(0)) == mul
                && !graph.isOutput(mul.getOutput(0)) && !graph.consumers(mul.getOutput(0)).isEmpty();
        return hardSwish ? mul : null;
    }

    /** The product, and the bias {@code Add} after it when that adds a constant vector. */
    private static void replaceMatMul(OnnxGraph graph, NodeProto.Builder matMul, Product product) {
        List<NodeProto.Builder> replaced = new ArrayList<>(List.of(matMul));
        String result = matMul.getOutput(0);
        Product withBias = product;
        NodeProto.Builder add = graph.soleConsumer(result);
        if (add != null && OnnxGraph.isOp(add, "Add") && add.getInputCount() == 2 && add.getInput(0).equals(result)) {
            float[] values = graph.floats(add.getInput(1));
            long[] biasDims = graph.dims(add.getInput(1));
            if (values != null && biasDims != null && biasDims.length == 1 && values.length == product.outputs()) {
                withBias = new Product(product.matrix(), product.inputs(), product.outputs(), values);
                result = add.getOutput(0);
                replaced.add(add);
            }
        }
        insertProduct(graph, matMul, matMul.getInput(0), withBias, result);
        graph.remove(replaced);
    }

    /** {@code out = in × matrix [+ bias]} as DynamicQuantizeMatMul, the matrix quantised per output column. */
    private static void insertProduct(OnnxGraph graph, NodeProto.Builder before, String in, Product product,
                                      String out) {
        int inputs = product.inputs();
        int outputs = product.outputs();
        float[] matrix = product.matrix();
        float[] scales = new float[outputs];
        for (int i = 0; i < inputs; i++) {
            for (int o = 0; o < outputs; o++) {
                scales[o] = Math.max(scales[o], Math.abs(matrix[i * outputs + o]) / 127);
            }
        }
        for (int o = 0; o < outputs; o++) {
            // a column of weights all below 127 × the smallest normal float is zero: its scale would be subnormal,
            // and every product with it would cost a microcode assist (see GraphSimplifier)
            scales[o] = scales[o] >= Float.MIN_NORMAL ? scales[o] : 1;
        }
        byte[] quantized = new byte[inputs * outputs];
        for (int i = 0; i < inputs; i++) {
            for (int o = 0; o < outputs; o++) {
                quantized[i * outputs + o] = (byte) Math.round(matrix[i * outputs + o] / scales[o]);
            }
        }
        List<String> operands = new ArrayList<>(List.of(in,
                graph.addConstant(out + ".w_int8", quantized, inputs, outputs),
                graph.addConstant(out + ".w_scale", scales, outputs),
                graph.addConstant(out + ".w_zero", new byte[outputs], outputs)));
        if (product.bias() != null) {
            operands.add(graph.addConstant(out + ".b", product.bias(), outputs));
        }
        graph.insertBefore(before, "DynamicQuantizeMatMul", operands, out).setDomain(MICROSOFT);
    }
}
