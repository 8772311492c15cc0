package io.iocr.engine.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.onnxruntime.OrtEnvironment;
import io.iocr.engine.ShippedModels;
import io.iocr.engine.docgen.DocumentGenerator;
import io.iocr.engine.onnx.GraphSimplifier;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TextDetectorTest {

    private static final OcrConfig.Detection CONFIG = OcrConfig.ofDefaults().detection();

    @Test
    void findsTheSameLinesWhetherThePageIsResizedAloneInBandsOrBesideABusyPool() throws Exception {
        PixelImage invoice = PixelImage.of(DocumentGenerator.invoice(new Random(3)).image());
        byte[] model = GraphSimplifier.simplify(ShippedModels.bytes(ShippedModels.DETECTION)).model();
        ExecutorService pool = Executors.newFixedThreadPool(1);
        CountDownLatch release = new CountDownLatch(1);
        try (OnnxModel detection = OcrEngine.onLargeStack(
                () -> new OnnxModel(OrtEnvironment.getEnvironment(), "detection", model, 1))) {
            List<Quad> alone = new TextDetector(detection, CONFIG, null, 1).detect(invoice);
            List<Quad> inBands = new TextDetector(detection, CONFIG, pool, 4).detect(invoice);
            pool.submit(() -> release.await(1, TimeUnit.MINUTES)); // another page holds the pool's only thread
            // the band the pool cannot start is taken back, not waited for
            List<Quad> besideABusyPool = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> new TextDetector(detection, CONFIG, pool, 2).detect(invoice));

            assertThat(alone).hasSizeGreaterThan(40);
            assertThat(inBands).isEqualTo(alone);
            assertThat(besideABusyPool).isEqualTo(alone);
        } finally {
            release.countDown();
            pool.shutdown();
        }
    }
}
