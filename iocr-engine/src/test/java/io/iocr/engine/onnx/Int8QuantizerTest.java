package io.iocr.engine.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iocr.engine.ShippedModels;
import io.iocr.engine.onnx.proto.OnnxSubset.ModelProto;
import io.iocr.engine.onnx.proto.OnnxSubset.NodeProto;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Int8QuantizerTest {

    @Test
    void turnsTheRecognitionModelsWidestConvolutionsAndItsHeadIntoIntegerMatrixProducts() throws Exception {
        byte[] simplified = GraphSimplifier.simplify(ShippedModels.bytes(ShippedModels.RECOGNITION)).model();

        Int8Quantizer.Quantized quantized = Int8Quantizer.quantize(simplified);

        // PP-LCNetV3's last stages: four 240→240, one 240→480 and three 480→480 1×1 convolutions; the CTC head
        assertThat(quantized.convolutions()).isEqualTo(8);
        assertThat(quantized.matMuls()).isEqualTo(1);
        ModelProto model = ModelProto.parseFrom(quantized.model());
        OnnxGraph graph = OnnxGraph.parse(quantized.model());
        List<NodeProto> products = model.getGraph().getNodeList().stream()
                .filter(node -> node.getOpType().equals("DynamicQuantizeMatMul")).toList();
        assertThat(products).hasSize(9).allSatisfy(node -> assertThat(node.getDomain()).isEqualTo("com.microsoft"));
        assertThat(model.getOpsetImportList()).filteredOn(opset -> opset.getDomain().equals("com.microsoft"))
                .singleElement().satisfies(opset -> assertThat(opset.getVersion()).isEqualTo(1));
        // the head takes its bias along, and its probabilities go straight to the softmax
        NodeProto head = products.get(8); // in graph order, the head comes last
        assertThat(head.getInputCount()).isEqualTo(5);
        assertThat(model.getGraph().getNodeList()).filteredOn(node -> node.getInputList().contains(head.getOutput(0)))
                .singleElement().satisfies(node -> assertThat(node.getOpType()).isEqualTo("Softmax"));
        // each convolution reads its activations through a transpose to channels-last; its result goes through the
        // hard-swish after it (HardSigmoid, Mul) still channels-last, and one transpose takes that back
        for (NodeProto product : products.subList(0, 8)) {
            assertThat(graph.producer(product.getInput(0)).getOpType()).isEqualTo("Transpose");
            List<NodeProto.Builder> readers = graph.consumers(product.getOutput(0));
            assertThat(readers).extracting(NodeProto.Builder::getOpType)
                    .containsExactlyInAnyOrder("HardSigmoid", "Mul");
            NodeProto.Builder mul = readers.stream().filter(node -> node.getOpType().equals("Mul")).findFirst()
                    .orElseThrow();
            NodeProto.Builder back = graph.soleConsumer(mul.getOutput(0));
            assertThat(back.getOpType()).isEqualTo("Transpose");
            assertThat(OnnxGraph.intsAttribute(back, "perm")).containsExactly(0L, 3L, 1L, 2L);
        }
        // no scale is subnormal (a product with one would take the CPU's slow path): a column of weights too small
        // for a normal scale is a zero column
        for (NodeProto product : products) {
            for (float scale : graph.floats(product.getInput(2))) {
                assertThat(scale).isGreaterThanOrEqualTo(Float.MIN_NORMAL);
            }
        }
        // int8 weights: a quarter of the float ones they replace
        assertThat(quantized.model().length).isLessThan(simplified.length);
    }

    @Test
    void leavesAModelWithoutWidePointwiseConvolutionsAsItIs() {
        byte[] classifier = ShippedModels.bytes(ShippedModels.DIRECTION); // MobileNetV3 ×0.35: narrow throughout

        Int8Quantizer.Quantized quantized = Int8Quantizer.quantize(classifier);

        assertThat(quantized.convolutions()).isZero();
        assertThat(quantized.model()).isSameAs(classifier);
    }

    @Test
    void aQuantisedModelHasNothingLeftToQuantise() {
        byte[] once = Int8Quantizer.quantize(ShippedModels.bytes(ShippedModels.RECOGNITION)).model();

        Int8Quantizer.Quantized twice = Int8Quantizer.quantize(once);

        assertThat(twice.convolutions()).isZero();
        assertThat(twice.model()).isSameAs(once);
    }

    @Test
    void refusesBytesThatAreNotAModel() {
        assertThatThrownBy(() -> Int8Quantizer.quantize("%PDF-1.7 not a model".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not an ONNX model");
    }
}
