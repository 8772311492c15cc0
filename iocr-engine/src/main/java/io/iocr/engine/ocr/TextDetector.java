package io.iocr.engine.ocr;

import java.nio.FloatBuffer;
import java.util.List;

/**
 * Stage 1, PP-OCRv4 DB detection: resize (long side ≤ maxSide, sides multiples of 32), normalise with the
 * ImageNet mean/std on BGR channels as PaddleOCR does, infer, then {@link DbPostProcessor}.
 */
final class TextDetector {

    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private final OnnxModel model;
    private final OcrConfig.Detection config;
    private final DbPostProcessor postProcessor;

    TextDetector(OnnxModel model, OcrConfig.Detection config) {
        this.model = model;
        this.config = config;
        this.postProcessor = new DbPostProcessor(config);
    }

    List<Quad> detect(PixelImage image) {
        int srcW = image.width();
        int srcH = image.height();
        double ratio = Math.max(srcW, srcH) > config.maxSide() ? (double) config.maxSide() / Math.max(srcW, srcH) : 1;
        int w = Math.max((int) Math.round(srcW * ratio / 32) * 32, 32);
        int h = Math.max((int) Math.round(srcH * ratio / 32) * 32, 32);
        FloatBuffer input = InputBuffers.of(3 * w * h);
        Resampler.bilinearChw(image, w, h, input, MEAN, STD);
        input.rewind();
        OnnxModel.Output out = model.run(input, new long[] {1, 3, h, w});
        return postProcessor.boxes(out.data(), w, h, srcW, srcH);
    }
}
