package io.iocr.engine.onnx;

import io.iocr.engine.onnx.proto.OnnxSubset.NodeProto;

/** A 2-D convolution's constant weights [O, I/group, kH, kW] and bias [O] (zeros when it has none). */
record ConvWeights(float[] w, long[] dims, float[] b) {

    /** The node's weights, or null unless it is a Conv with constant float weights (and bias). */
    static ConvWeights of(OnnxGraph graph, NodeProto.Builder conv) {
        if (!OnnxGraph.isOp(conv, "Conv") || conv.getInputCount() < 2 || conv.getOutputCount() != 1) {
            return null;
        }
        float[] w = graph.floats(conv.getInput(1));
        long[] dims = graph.dims(conv.getInput(1));
        if (w == null || dims == null || dims.length != 4 || dims[0] <= 0 || w.length % dims[0] != 0) {
            return null;
        }
        float[] b = conv.getInputCount() > 2 && !conv.getInput(2).isEmpty() ? graph.floats(conv.getInput(2))
                : new float[(int) dims[0]];
        return b == null || b.length != dims[0] ? null : new ConvWeights(w, dims, b);
    }

    /** Points the convolution at new constants holding these (possibly changed) values. */
    void writeTo(OnnxGraph graph, NodeProto.Builder conv) {
        String name = conv.getOutput(0);
        conv.setInput(1, graph.addConstant(name + ".w", w, dims));
        String bias = graph.addConstant(name + ".b", b, dims[0]);
        if (conv.getInputCount() > 2) {
            conv.setInput(2, bias);
        } else {
            conv.addInput(bias);
        }
    }
}
