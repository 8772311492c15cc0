package io.iocr.engine.onnx;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.iocr.engine.onnx.proto.OnnxSubset.AttributeProto;
import io.iocr.engine.onnx.proto.OnnxSubset.GraphProto;
import io.iocr.engine.onnx.proto.OnnxSubset.ModelProto;
import io.iocr.engine.onnx.proto.OnnxSubset.NodeProto;
import io.iocr.engine.onnx.proto.OnnxSubset.OperatorSetIdProto;
import io.iocr.engine.onnx.proto.OnnxSubset.TensorProto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One ONNX model's main graph, open for rewriting: its nodes in topological order (editable in place), its constant
 * float tensors by name, whether they come from Constant nodes or initializers, and who reads each tensor.
 */
final class OnnxGraph {

    private static final int FLOAT = 1; // TensorProto.DataType.FLOAT
    private static final int INT8 = 3; // TensorProto.DataType.INT8
    private static final int ATTRIBUTE_FLOAT = 1;
    private static final int ATTRIBUTE_INT = 2;
    private static final int ATTRIBUTE_INTS = 7;
    private static final int ATTRIBUTE_TENSOR = 4;

    private final ModelProto.Builder model;
    private final List<NodeProto.Builder> nodes = new ArrayList<>();
    private final Map<String, TensorProto> constants = new HashMap<>();
    private final List<TensorProto> added = new ArrayList<>();
    private final Set<String> inputs = new HashSet<>();
    private final Set<String> outputs = new HashSet<>();
    private int fresh;

    private OnnxGraph(ModelProto model) {
        this.model = model.toBuilder();
        GraphProto graph = model.getGraph();
        graph.getNodeList().forEach(node -> nodes.add(node.toBuilder()));
        graph.getInitializerList().forEach(tensor -> constants.put(tensor.getName(), tensor));
        for (NodeProto.Builder node : nodes) {
            if (isOp(node, "Constant") && node.getOutputCount() == 1) {
                for (AttributeProto attribute : node.getAttributeList()) {
                    if (attribute.getName().equals("value") && attribute.hasT()) {
                        constants.put(node.getOutput(0), attribute.getT());
                    }
                }
            }
        }
        graph.getInputList().forEach(value -> inputs.add(value.getName()));
        graph.getOutputList().forEach(value -> outputs.add(value.getName()));
    }

    static OnnxGraph parse(byte[] model) {
        try {
            ModelProto parsed = ModelProto.parseFrom(model);
            if (!parsed.hasGraph()) {
                throw new IllegalArgumentException("Not an ONNX model: no graph");
            }
            return new OnnxGraph(parsed);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("Not an ONNX model: " + e.getMessage(), e);
        }
    }

    /** The nodes as they stand, in graph order; a copy, so rewrites may remove nodes while iterating it. */
    List<NodeProto.Builder> nodes() {
        return List.copyOf(nodes);
    }

    static boolean isOp(NodeProto.Builder node, String opType) {
        return node.getOpType().equals(opType) && (node.getDomain().isEmpty() || node.getDomain().equals("ai.onnx"));
    }

    /** The nodes that read {@code tensor}. */
    List<NodeProto.Builder> consumers(String tensor) {
        List<NodeProto.Builder> readers = new ArrayList<>();
        for (NodeProto.Builder node : nodes) {
            if (node.getInputList().contains(tensor)) {
                readers.add(node);
            }
        }
        return readers;
    }

    /** The one node that reads {@code tensor}, or null when several do or it is a graph output. */
    NodeProto.Builder soleConsumer(String tensor) {
        List<NodeProto.Builder> readers = consumers(tensor);
        return readers.size() == 1 && !isOutput(tensor) ? readers.get(0) : null;
    }

    /** Whether {@code tensor} is one of the model's outputs. */
    boolean isOutput(String tensor) {
        return outputs.contains(tensor);
    }

    /** Points every node that reads {@code from} at {@code to} instead (the model's outputs stay as they are). */
    void rewire(String from, String to) {
        for (NodeProto.Builder node : nodes) {
            for (int i = 0; i < node.getInputCount(); i++) {
                if (node.getInput(i).equals(from)) {
                    node.setInput(i, to);
                }
            }
        }
    }

    /** The node that writes {@code tensor}, or null for graph inputs and initializers. */
    NodeProto.Builder producer(String tensor) {
        for (NodeProto.Builder node : nodes) {
            if (node.getOutputList().contains(tensor)) {
                return node;
            }
        }
        return null;
    }

    boolean isConstant(String tensor) {
        return constants.containsKey(tensor);
    }

    /** The values of a constant float tensor, or null when {@code tensor} is not one. */
    float[] floats(String tensor) {
        TensorProto t = constants.get(tensor);
        if (t == null || t.getDataType() != FLOAT) {
            return null;
        }
        if (t.hasRawData()) {
            ByteBuffer raw = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            float[] values = new float[raw.remaining() / Float.BYTES];
            raw.asFloatBuffer().get(values);
            return values;
        }
        float[] values = new float[t.getFloatDataCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = t.getFloatData(i);
        }
        return values;
    }

    /** The value of a one-element constant float tensor (any shape), or null. */
    Float scalar(String tensor) {
        float[] values = floats(tensor);
        return values != null && values.length == 1 ? values[0] : null;
    }

    long[] dims(String tensor) {
        TensorProto t = constants.get(tensor);
        return t == null ? null : t.getDimsList().stream().mapToLong(Long::longValue).toArray();
    }

    /** Adds a constant float tensor (as an initializer) under a new name derived from {@code hint}. */
    String addConstant(String hint, float[] values, long... dims) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(values);
        return addConstant(hint, FLOAT, raw.array(), dims);
    }

    /** Adds a constant int8 tensor (as an initializer) under a new name derived from {@code hint}. */
    String addConstant(String hint, byte[] values, long... dims) {
        return addConstant(hint, INT8, values, dims);
    }

    private String addConstant(String hint, int dataType, byte[] raw, long... dims) {
        String name = newTensorName(hint);
        TensorProto tensor = TensorProto.newBuilder().setName(name).setDataType(dataType)
                .addAllDims(Arrays.stream(dims).boxed().toList())
                .setRawData(ByteString.copyFrom(raw)).build();
        constants.put(name, tensor);
        added.add(tensor);
        return name;
    }

    /**
     * Sets every subnormal value (0 &lt; |v| &lt; {@link Float#MIN_NORMAL}) of the constant float tensors to zero. Each
     * tensor that had any is rewritten under a new name, which its readers then use.
     *
     * @return how many values were set to zero
     */
    int flushSubnormals() {
        int flushed = 0;
        for (String name : List.copyOf(constants.keySet())) {
            float[] values = isOutput(name) || inputs.contains(name) ? null : floats(name);
            int count = 0;
            for (int i = 0; values != null && i < values.length; i++) {
                if (values[i] != 0 && Math.abs(values[i]) < Float.MIN_NORMAL) {
                    values[i] = 0;
                    count++;
                }
            }
            if (count > 0) {
                rewire(name, addConstant(name + ".ftz", values, dims(name)));
                flushed += count;
            }
        }
        return flushed;
    }

    /** Declares that the model uses {@code domain}'s operators at {@code version} (once per domain). */
    void importOpset(String domain, long version) {
        if (model.getOpsetImportList().stream().noneMatch(opset -> opset.getDomain().equals(domain))) {
            model.addOpsetImport(OperatorSetIdProto.newBuilder().setDomain(domain).setVersion(version));
        }
    }

    /** A new node placed just before {@code before}, so the graph stays in topological order. */
    NodeProto.Builder insertBefore(NodeProto.Builder before, String opType, List<String> in, String out) {
        NodeProto.Builder node = NodeProto.newBuilder().setOpType(opType).setName(out + ".node")
                .addAllInput(in).addOutput(out);
        nodes.add(indexOf(before), node);
        return node;
    }

    /** A name no tensor of the graph has yet. */
    String newTensorName(String hint) {
        return hint + ".simplified." + fresh++;
    }

    void remove(Collection<NodeProto.Builder> removed) {
        nodes.removeIf(node -> removed.stream().anyMatch(r -> r == node));
    }

    static Float floatAttribute(NodeProto.Builder node, String name) {
        for (AttributeProto attribute : node.getAttributeList()) {
            if (attribute.getName().equals(name) && attribute.getType() == ATTRIBUTE_FLOAT) {
                return attribute.getF();
            }
        }
        return null;
    }

    static List<Long> intsAttribute(NodeProto.Builder node, String name) {
        for (AttributeProto attribute : node.getAttributeList()) {
            if (attribute.getName().equals(name)) {
                return attribute.getIntsList();
            }
        }
        return List.of();
    }

    static long intAttribute(NodeProto.Builder node, String name, long fallback) {
        for (AttributeProto attribute : node.getAttributeList()) {
            if (attribute.getName().equals(name) && attribute.getType() == ATTRIBUTE_INT) {
                return attribute.getI();
            }
        }
        return fallback;
    }

    static AttributeProto intAttribute(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(ATTRIBUTE_INT).setI(value).build();
    }

    static AttributeProto intsAttribute(String name, long... values) {
        return AttributeProto.newBuilder().setName(name).setType(ATTRIBUTE_INTS)
                .addAllInts(Arrays.stream(values).boxed().toList()).build();
    }

    static AttributeProto floatAttribute(String name, float value) {
        return AttributeProto.newBuilder().setName(name).setType(ATTRIBUTE_FLOAT).setF(value).build();
    }

    static String stringAttribute(NodeProto.Builder node, String name) {
        for (AttributeProto attribute : node.getAttributeList()) {
            if (attribute.getName().equals(name) && attribute.hasS()) {
                return attribute.getS().toStringUtf8();
            }
        }
        return null;
    }

    boolean contains(NodeProto.Builder node) {
        return nodes.stream().anyMatch(n -> n == node);
    }

    int nodeCount() {
        return nodes.size();
    }

    /**
     * The model with the graph as rewritten, less the constants no node reads any more (ONNX Runtime would drop them
     * itself, with a warning per tensor).
     */
    byte[] toBytes() {
        Set<String> read = new HashSet<>(outputs);
        nodes.forEach(node -> read.addAll(node.getInputList()));
        nodes.removeIf(node -> isOp(node, "Constant") && node.getOutputCount() == 1 && !read.contains(node.getOutput(0))
                && hasTensorValue(node));
        GraphProto.Builder graph = model.getGraphBuilder();
        List<TensorProto> initializers = new ArrayList<>();
        for (TensorProto tensor : graph.getInitializerList()) {
            if (read.contains(tensor.getName()) || inputs.contains(tensor.getName())) {
                initializers.add(tensor);
            }
        }
        added.stream().filter(tensor -> read.contains(tensor.getName())).forEach(initializers::add);
        graph.clearNode().clearInitializer().addAllInitializer(initializers);
        nodes.forEach(graph::addNode);
        return model.build().toByteArray();
    }

    private static boolean hasTensorValue(NodeProto.Builder node) {
        return node.getAttributeList().stream().anyMatch(a -> a.getType() == ATTRIBUTE_TENSOR && a.hasT());
    }

    private int indexOf(NodeProto.Builder node) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) == node) {
                return i;
            }
        }
        throw new IllegalStateException("Node not in the graph: " + node.getName());
    }
}
