package io.iocr.engine.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iocr.engine.ShippedModels;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GraphSimplifierTest {

    @Test
    void foldsEveryScaleAndBiasOfTheRecognitionBackboneAndFusesEveryHardSwish() {
        GraphSimplifier.Simplified rec = GraphSimplifier.simplify(ShippedModels.bytes(ShippedModels.RECOGNITION));

        // PP-LCNetV3 in PP-OCRv4 recognition: 28 convolution + activation blocks
        assertThat(rec.outputChainsFolded()).isEqualTo(28);
        assertThat(rec.hardSwishesFused()).isEqualTo(28);
        // 25 of the 27 blocks that follow another feed their scale/bias into the next convolution
        assertThat(rec.inputChainsFolded()).isEqualTo(25);
        assertThat(rec.nodesAfter()).isLessThan(rec.nodesBefore() * 55 / 100);
    }

    @Test
    void foldsTheDetectionBackboneToo() {
        GraphSimplifier.Simplified det = GraphSimplifier.simplify(ShippedModels.bytes(ShippedModels.DETECTION));

        assertThat(det.outputChainsFolded()).isEqualTo(28);
        assertThat(det.hardSwishesFused()).isEqualTo(24); // opset 11: Clip takes its bounds as inputs
        assertThat(det.inputChainsFolded()).isEqualTo(20);
        assertThat(det.summary()).startsWith("672 → 285 nodes");
    }

    @Test
    void movesTheDetectionNecksResidualGatesOntoTheGate() {
        byte[] shipped = ShippedModels.bytes(ShippedModels.DETECTION);

        GraphSimplifier.Simplified det = GraphSimplifier.simplify(shipped);

        // RSE-FPN: 8 squeeze-and-excitation blocks compute x + x·s, s one value per channel
        assertThat(residualSums(shipped)).isEqualTo(8);
        assertThat(det.residualGatesFolded()).isEqualTo(8);
        assertThat(residualSums(det.model())).isZero();
        // the recognition model has none
        assertThat(GraphSimplifier.simplify(ShippedModels.bytes(ShippedModels.RECOGNITION)).residualGatesFolded())
                .isZero();
    }

    /** How many Add nodes add x to a product of x. */
    private static long residualSums(byte[] model) {
        OnnxGraph graph = OnnxGraph.parse(model);
        return graph.nodes().stream().filter(node -> OnnxGraph.isOp(node, "Add")).filter(add -> {
            for (int side = 0; side < 2; side++) {
                var product = graph.producer(add.getInput(1 - side));
                if (product != null && OnnxGraph.isOp(product, "Mul")
                        && product.getInputList().contains(add.getInput(side))) {
                    return true;
                }
            }
            return false;
        }).count();
    }

    @Test
    void setsSubnormalWeightsToZeroSoNoProductTakesTheCpusSlowPath() {
        GraphSimplifier.Simplified rec = GraphSimplifier.simplify(ShippedModels.bytes(ShippedModels.RECOGNITION));

        // the squeeze-and-excitation layers' weights decayed below the smallest normal float in training
        assertThat(rec.subnormalsFlushed()).isEqualTo(31361);
        OnnxGraph graph = OnnxGraph.parse(rec.model());
        for (var node : graph.nodes()) {
            for (String input : node.getInputList()) {
                float[] values = graph.isConstant(input) ? graph.floats(input) : null;
                for (int i = 0; values != null && i < values.length; i++) {
                    assertThat(values[i] == 0 || Math.abs(values[i]) >= Float.MIN_NORMAL)
                            .as("%s[%d] = %s", input, i, values[i]).isTrue();
                }
            }
        }
    }

    @Test
    void aSimplifiedModelHasNothingLeftToSimplifyAndComesBackByteForByte() {
        byte[] once = GraphSimplifier.simplify(ShippedModels.bytes(ShippedModels.RECOGNITION)).model();

        GraphSimplifier.Simplified twice = GraphSimplifier.simplify(once);

        assertThat(twice.changed()).isFalse();
        assertThat(twice.model()).isSameAs(once);
    }

    @Test
    void rewritesAModelToTheSameBytesEachTime() {
        byte[] detection = ShippedModels.bytes(ShippedModels.DETECTION);

        byte[] first = GraphSimplifier.simplify(detection).model();
        byte[] second = GraphSimplifier.simplify(detection).model();

        // so a model's rewrite can be compared, cached or bisected: nothing in it may depend on object identities
        assertThat(Arrays.equals(first, second)).as("the two rewrites are equal byte for byte").isTrue();
    }

    @Test
    void dropsTheWeightsItReplacedSoTheModelDoesNotGrow() {
        byte[] shipped = ShippedModels.bytes(ShippedModels.RECOGNITION);

        // the replaced weights go; the 1×1 shift convolutions it adds weigh a few kB
        assertThat(GraphSimplifier.simplify(shipped).model().length).isLessThan(shipped.length + shipped.length / 100);
    }

    @Test
    void refusesBytesThatAreNotAnOnnxModel() {
        assertThatThrownBy(() -> GraphSimplifier.simplify("%PDF-1.7 not a model".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Not an ONNX model");
    }
}
