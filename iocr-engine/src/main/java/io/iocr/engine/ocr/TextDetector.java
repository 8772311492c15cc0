package io.iocr.engine.ocr;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Stage 1, PP-OCRv4 DB detection: resize (long side ≤ maxSide, sides multiples of 32), normalise with the
 * ImageNet mean/std on BGR channels as PaddleOCR does, infer, then {@link DbPostProcessor}. The resize runs in
 * bands of rows side by side, as the model does on its own threads: alone it held one core for ~10 ms of an
 * invoice's detection while the other waited.
 */
final class TextDetector {

    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private final OnnxModel model;
    private final OcrConfig.Detection config;
    private final DbPostProcessor postProcessor;
    private final ExecutorService pool;
    private final int bands;

    /**
     * @param pool  threads that take the resize's other bands, or null to resize every band on the calling thread
     * @param bands how many bands of rows to resize side by side (the calling thread takes one)
     */
    TextDetector(OnnxModel model, OcrConfig.Detection config, ExecutorService pool, int bands) {
        this.model = model;
        this.config = config;
        this.postProcessor = new DbPostProcessor(config);
        this.pool = pool;
        this.bands = Math.max(1, bands);
    }

    List<Quad> detect(PixelImage image) {
        int srcW = image.width();
        int srcH = image.height();
        double ratio = Math.max(srcW, srcH) > config.maxSide() ? (double) config.maxSide() / Math.max(srcW, srcH) : 1;
        int w = Math.max((int) Math.round(srcW * ratio / 32) * 32, 32);
        int h = Math.max((int) Math.round(srcH * ratio / 32) * 32, 32);
        FloatBuffer input = TensorBuffers.INPUT.of(3 * w * h);
        resize(image, w, h, input);
        FloatBuffer probabilities = TensorBuffers.OUTPUT.of(w * h);
        model.run(input, new long[] {1, 3, h, w}, probabilities, new long[] {1, 1, h, w});
        return postProcessor.boxes(probabilities, w, h, srcW, srcH);
    }

    /**
     * The model input, in bands of rows: the calling thread and the pool's threads each take the next band nobody
     * has started, so the calling thread does them all when the pool is busy with another page or slow to wake.
     */
    private void resize(PixelImage image, int w, int h, FloatBuffer input) {
        int n = Math.min(bands, h);
        List<Runnable> band = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int from = h * i / n;
            int to = h * (i + 1) / n;
            FloatBuffer view = input.duplicate();
            band.add(() -> Resampler.bilinearChw(image, w, h, view, MEAN, STD, from, to));
        }
        PoolTasks.run(pool, n - 1, band, "Resizing the page");
    }
}
