package io.iocr.engine.onnx;

import io.iocr.engine.onnx.proto.OnnxSubset.NodeProto;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a model's graph into a smaller one that computes the same function, for models exported from Paddle
 * (paddle2onnx) whose backbone, PP-LCNetV3, runs every convolution through a chain of whole-tensor passes: a
 * learnable scale and bias after the convolution, hard-swish spelt out as four operators, and another scale and
 * bias before the next convolution. ONNX Runtime fuses none of them, and on a CPU each pass over the activations
 * costs about as much as the depthwise convolution it follows. Four rewrites, and one clean-up:
 * <ol>
 * <li>a scalar {@code Mul}/{@code Add}/{@code Sub}/{@code Div} chain after a {@code Conv} goes into the convolution's
 * weights and bias;</li>
 * <li>{@code x·clip(x+3, 0, 6)/6} becomes {@code x·HardSigmoid(x)} (α = 1/6, β = ½), two passes instead of four;</li>
 * <li>a scalar chain before a {@code Conv} goes into its weights (scale) and bias (shift); where the convolution pads
 * its input with zeros, a shift would change the border, so it stays behind as one {@code Add};</li>
 * <li>a residual gate {@code x + x·s} (the detection neck's squeeze-and-excitation, s per channel) becomes
 * {@code x·(1 + s)}: the sum moves from the feature map to the gate, one pass over the map fewer;</li>
 * <li>subnormal weights (below {@link Float#MIN_NORMAL} in magnitude; the shipped models hold ~31,000, most of them in
 * the squeeze-and-excitation layers) become zero, as a CPU's flush-to-zero mode would make them: Intel CPUs take a
 * microcode assist, on the order of a hundred cycles, on arithmetic that reads or produces a subnormal, and ONNX
 * Runtime cannot set flush-to-zero on the caller's thread, where a single-threaded session runs.</li>
 * </ol>
 * Each result equals the original up to float rounding. A graph without these patterns comes back unchanged.
 */
public final class GraphSimplifier {

    /** The rewritten model and what was rewritten. */
    public record Simplified(byte[] model, int nodesBefore, int nodesAfter, int outputChainsFolded,
                             int hardSwishesFused, int inputChainsFolded, int residualGatesFolded,
                             int subnormalsFlushed) {

        public boolean changed() {
            return outputChainsFolded + hardSwishesFused + inputChainsFolded + residualGatesFolded
                    + subnormalsFlushed > 0;
        }

        public String summary() {
            return String.format("%d → %d nodes: %d scale/bias chains folded into the convolutions before them, "
                    + "%d into the convolutions after them, %d hard-swish activations fused, %d residual gates "
                    + "x + x·s rewritten as x·(1 + s), %d subnormal weights set to zero", nodesBefore, nodesAfter,
                    outputChainsFolded, inputChainsFolded, hardSwishesFused, residualGatesFolded, subnormalsFlushed);
        }
    }

    /** y = scale·x + shift, the effect of a chain of scalar arithmetic nodes. */
    private record Affine(double scale, double shift) {
        static final Affine IDENTITY = new Affine(1, 0);

        /** This, then {@code next}. */
        Affine then(Affine next) {
            return new Affine(next.scale * scale, next.scale * shift + next.shift);
        }
    }

    private GraphSimplifier() {
    }

    /**
     * @throws IllegalArgumentException when {@code model} is not an ONNX model
     */
    public static Simplified simplify(byte[] model) {
        OnnxGraph graph = OnnxGraph.parse(model);
        int before = graph.nodeCount();
        // weights decoded once per convolution and written back once, after both folds have changed them
        Map<NodeProto.Builder, ConvWeights> refolded = new IdentityHashMap<>();
        int outputChains = foldChainsAfterConvolutions(graph, refolded);
        int hardSwishes = fuseHardSwishes(graph);
        int inputChains = foldChainsBeforeConvolutions(graph, refolded);
        int residualGates = foldResidualGates(graph);
        for (NodeProto.Builder conv : graph.nodes()) { // in graph order, so the rewritten model is the same each time
            ConvWeights weights = refolded.get(conv);
            if (weights != null) {
                weights.writeTo(graph, conv);
            }
        }
        int flushed = graph.flushSubnormals(); // last: the folds' products can be subnormal too
        if (outputChains + hardSwishes + inputChains + residualGates + flushed == 0) {
            return new Simplified(model, before, before, 0, 0, 0, 0, 0);
        }
        byte[] rewritten = graph.toBytes();
        return new Simplified(rewritten, before, graph.nodeCount(), outputChains, hardSwishes, inputChains,
                residualGates, flushed);
    }

    /** The convolution's weights as an earlier fold left them, else as the graph holds them; null if not a Conv. */
    private static ConvWeights current(OnnxGraph graph, Map<NodeProto.Builder, ConvWeights> refolded,
                                       NodeProto.Builder conv) {
        return refolded.containsKey(conv) ? refolded.get(conv) : ConvWeights.of(graph, conv);
    }

    private static int foldChainsAfterConvolutions(OnnxGraph graph, Map<NodeProto.Builder, ConvWeights> refolded) {
        int folded = 0;
        for (NodeProto.Builder conv : graph.nodes()) {
            ConvWeights weights = current(graph, refolded, conv);
            if (weights == null) {
                continue;
            }
            Affine affine = Affine.IDENTITY;
            List<NodeProto.Builder> chain = new ArrayList<>();
            String y = conv.getOutput(0);
            for (NodeProto.Builder next = graph.soleConsumer(y); next != null; next = graph.soleConsumer(y)) {
                Affine step = scalarStep(graph, next, y);
                if (step == null) {
                    break;
                }
                affine = affine.then(step);
                chain.add(next);
                y = next.getOutput(0);
            }
            if (chain.isEmpty()) {
                continue;
            }
            float[] w = weights.w();
            float[] b = weights.b();
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) (w[i] * affine.scale());
            }
            for (int o = 0; o < b.length; o++) {
                b[o] = (float) (b[o] * affine.scale() + affine.shift());
            }
            refolded.put(conv, weights);
            conv.setOutput(0, y);
            graph.remove(chain);
            folded++;
        }
        return folded;
    }

    private static int foldChainsBeforeConvolutions(OnnxGraph graph, Map<NodeProto.Builder, ConvWeights> refolded) {
        int folded = 0;
        for (NodeProto.Builder conv : graph.nodes()) {
            ConvWeights weights = current(graph, refolded, conv);
            if (weights == null) {
                continue;
            }
            Affine affine = Affine.IDENTITY;
            List<NodeProto.Builder> chain = new ArrayList<>(); // nearest the convolution first
            String x = conv.getInput(0);
            for (NodeProto.Builder previous = graph.producer(x); previous != null; previous = graph.producer(x)) {
                String input = variableInput(graph, previous);
                Affine step = input == null || graph.soleConsumer(x) == null ? null
                        : scalarStep(graph, previous, input);
                if (step == null) {
                    break;
                }
                affine = step.then(affine);
                chain.add(previous);
                x = input;
            }
            if (chain.isEmpty() || affine.scale() == 0) {
                continue;
            }
            float[] w = weights.w();
            float[] b = weights.b();
            int perOutput = w.length / b.length;
            double shift = affine.shift();
            boolean keepShift = pads(conv) && shift != 0;
            if (keepShift) {
                // the zero padding of scale·x + shift is a padding of x with −shift/scale, which weights and bias
                // cannot express: the shift stays, in place of the chain's last node, as a 1×1 depthwise convolution
                // (weight 1, bias shift/scale) rather than an Add, because ONNX Runtime keeps a convolution in its
                // blocked NCHWc layout and would reorder the tensor out of it and back for a broadcast Add
                int channels = (int) (weights.dims()[1] * OnnxGraph.intAttribute(conv, "group", 1));
                float[] ones = new float[channels];
                float[] shifts = new float[channels];
                Arrays.fill(ones, 1f);
                Arrays.fill(shifts, (float) (shift / affine.scale()));
                NodeProto.Builder node = chain.remove(0);
                String name = node.getOutput(0);
                node.setOpType("Conv").clearAttribute().clearInput().addInput(x)
                        .addInput(graph.addConstant(name + ".w", ones, channels, 1, 1, 1))
                        .addInput(graph.addConstant(name + ".b", shifts, channels))
                        .addAttribute(OnnxGraph.intAttribute("group", channels))
                        .addAttribute(OnnxGraph.intsAttribute("kernel_shape", 1, 1));
                shift = 0;
            }
            for (int o = 0; o < b.length; o++) {
                double sum = 0;
                for (int i = o * perOutput; i < (o + 1) * perOutput; i++) {
                    sum += w[i];
                }
                b[o] = (float) (b[o] + shift * sum);
            }
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) (w[i] * affine.scale());
            }
            refolded.put(conv, weights);
            if (!keepShift) {
                conv.setInput(0, x);
            }
            graph.remove(chain);
            folded++;
        }
        return folded;
    }

    private static int fuseHardSwishes(OnnxGraph graph) {
        int fused = 0;
        for (NodeProto.Builder add : graph.nodes()) {
            if (!OnnxGraph.isOp(add, "Add") || add.getInputCount() != 2 || !graph.contains(add)) {
                continue;
            }
            String x = variableInput(graph, add);
            if (x == null || !Float.valueOf(3f).equals(graph.scalar(otherInput(add, x)))) {
                continue;
            }
            NodeProto.Builder clip = graph.soleConsumer(add.getOutput(0));
            if (clip == null || !OnnxGraph.isOp(clip, "Clip") || !clipsTo(graph, clip, 0, 6)) {
                continue;
            }
            NodeProto.Builder mul = graph.soleConsumer(clip.getOutput(0));
            if (mul == null || !OnnxGraph.isOp(mul, "Mul") || !mul.getInputList().contains(x)) {
                continue;
            }
            NodeProto.Builder divide = graph.soleConsumer(mul.getOutput(0));
            Affine last = divide == null ? null : scalarStep(graph, divide, mul.getOutput(0));
            if (last == null || last.shift() != 0 || Math.abs(last.scale() - 1 / 6.0) > 1e-6) {
                continue;
            }
            String gate = graph.newTensorName(x + ".hardsigmoid");
            graph.insertBefore(add, "HardSigmoid", List.of(x), gate)
                    .addAttribute(OnnxGraph.floatAttribute("alpha", 1f / 6))
                    .addAttribute(OnnxGraph.floatAttribute("beta", 0.5f));
            graph.insertBefore(add, "Mul", List.of(x, gate), divide.getOutput(0));
            graph.remove(List.of(add, clip, mul, divide));
            fused++;
        }
        return fused;
    }

    /**
     * {@code Add(x, Mul(x, s))} becomes {@code Mul(x, Add(s, 1))}. Where s is smaller than x (a squeeze-and-excitation
     * gate has one value per channel), the sum runs over s instead of over the feature map.
     */
    private static int foldResidualGates(OnnxGraph graph) {
        int folded = 0;
        String one = null; // one constant shared by every gate, added with the first
        for (NodeProto.Builder add : graph.nodes()) {
            if (!OnnxGraph.isOp(add, "Add") || add.getInputCount() != 2) {
                continue;
            }
            for (int side = 0; side < 2; side++) {
                String x = add.getInput(side);
                String product = add.getInput(1 - side);
                NodeProto.Builder mul = graph.producer(product);
                if (mul == null || !OnnxGraph.isOp(mul, "Mul") || mul.getInputCount() != 2
                        || !mul.getInputList().contains(x) || graph.soleConsumer(product) != add) {
                    continue;
                }
                String gate = otherInput(mul, x);
                if (gate.equals(x)) {
                    continue;
                }
                if (one == null) {
                    one = graph.addConstant("residual_gate.one", new float[] {1f});
                }
                String gatePlusOne = graph.newTensorName(gate + ".plus_one");
                graph.insertBefore(mul, "Add", List.of(gate, one), gatePlusOne);
                mul.setInput(mul.getInput(0).equals(x) ? 1 : 0, gatePlusOne).setOutput(0, add.getOutput(0));
                graph.remove(List.of(add));
                folded++;
                break;
            }
        }
        return folded;
    }

    /**
     * The affine map of {@code node} as a function of its input {@code x}, when the node is scalar arithmetic on x:
     * {@code x·k}, {@code k·x}, {@code x+k}, {@code k+x}, {@code x−k} or {@code x/k} with k a one-element constant.
     */
    private static Affine scalarStep(OnnxGraph graph, NodeProto.Builder node, String x) {
        if (node.getInputCount() != 2 || node.getOutputCount() != 1 || node.getInput(0).equals(node.getInput(1))) {
            return null;
        }
        boolean xFirst = node.getInput(0).equals(x);
        if (!xFirst && !node.getInput(1).equals(x)) {
            return null;
        }
        Float k = graph.scalar(otherInput(node, x));
        if (k == null) {
            return null;
        }
        if (OnnxGraph.isOp(node, "Mul")) {
            return new Affine(k, 0);
        }
        if (OnnxGraph.isOp(node, "Add")) {
            return new Affine(1, k);
        }
        if (OnnxGraph.isOp(node, "Sub") && xFirst) {
            return new Affine(1, -k);
        }
        if (OnnxGraph.isOp(node, "Div") && xFirst && k != 0) {
            return new Affine(1 / (double) k, 0);
        }
        return null;
    }

    /** The one input of a two-input node that is not a constant, or null. */
    private static String variableInput(OnnxGraph graph, NodeProto.Builder node) {
        if (node.getInputCount() != 2) {
            return null;
        }
        boolean first = !graph.isConstant(node.getInput(0));
        boolean second = !graph.isConstant(node.getInput(1));
        return first == second ? null : node.getInput(first ? 0 : 1);
    }

    private static String otherInput(NodeProto.Builder node, String input) {
        return node.getInput(0).equals(input) ? node.getInput(1) : node.getInput(0);
    }

    /** Clip's bounds are attributes up to opset 10 and inputs from opset 11. */
    private static boolean clipsTo(OnnxGraph graph, NodeProto.Builder clip, float min, float max) {
        Float low = OnnxGraph.floatAttribute(clip, "min");
        Float high = OnnxGraph.floatAttribute(clip, "max");
        if (clip.getInputCount() > 1 && !clip.getInput(1).isEmpty()) {
            low = graph.scalar(clip.getInput(1));
        }
        if (clip.getInputCount() > 2 && !clip.getInput(2).isEmpty()) {
            high = graph.scalar(clip.getInput(2));
        }
        return low != null && high != null && low == min && high == max;
    }

    /** Whether the convolution pads its input (explicitly or with auto_pad SAME_UPPER / SAME_LOWER). */
    private static boolean pads(NodeProto.Builder conv) {
        String autoPad = OnnxGraph.stringAttribute(conv, "auto_pad");
        return OnnxGraph.intsAttribute(conv, "pads").stream().anyMatch(p -> p != 0)
                || autoPad != null && !autoPad.equals("NOTSET") && !autoPad.equals("VALID");
    }
}
