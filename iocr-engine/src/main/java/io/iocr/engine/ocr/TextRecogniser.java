package io.iocr.engine.ocr;

import java.nio.FloatBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Stage 3, PP-OCRv4 recognition: crops batched by aspect ratio (the sort is for speed: less padding per batch;
 * results go back in input order), height 48, width narrowed by widthScale, greedy CTC over the dictionary plus
 * ' ', NFKC-normalised.
 */
final class TextRecogniser {

    /** One line's text and mean character confidence. */
    record Recognition(String text, float score) {
    }

    /** The model's horizontal stride: one CTC time step per 8 input columns. */
    private static final int WIDTH_STEP = 8;

    private final BlockingQueue<OnnxModel> sessions;
    private final int sessionCount;
    private final ExecutorService pool;
    private final OcrConfig.Recognition config;
    private final String[] dictionary; // index 0 = CTC blank

    /**
     * @param models one or more sessions of the recognition model; with more than one, batches run side by side on
     *               the calling thread and {@code pool}
     */
    TextRecogniser(List<OnnxModel> models, ExecutorService pool, OcrConfig.Recognition config, List<String> keys) {
        this.sessions = new LinkedBlockingQueue<>(models);
        this.sessionCount = models.size();
        this.pool = pool;
        this.config = config;
        this.dictionary = new String[keys.size() + 2];
        this.dictionary[0] = "";
        for (int i = 0; i < keys.size(); i++) {
            dictionary[i + 1] = keys.get(i);
        }
        dictionary[keys.size() + 1] = " ";
        long classes = models.get(0).outputShape()[2];
        if (classes > 0 && classes != dictionary.length) {
            // the output buffer is sized by the dictionary: a model and dictionary that do not belong together
            // would fail every page, so they fail here, at start-up
            throw new OcrException("The recognition model has " + classes + " output classes but its dictionary "
                    + OcrEngine.DICTIONARY + " makes " + dictionary.length + " (" + keys.size()
                    + " characters, the CTC blank and the space); use the dictionary the model was trained with");
        }
    }

    /** Lines by crop index, all padded to {@code planeW}. */
    private record Batch(List<Integer> lines, int planeW) {
    }

    List<Recognition> recognise(List<LineCrop> crops) {
        Recognition[] results = new Recognition[crops.size()];
        List<Integer> order = new ArrayList<>();
        int[] widths = new int[crops.size()];
        for (int i = 0; i < crops.size(); i++) {
            order.add(i);
            widths[i] = inputWidth(crops.get(i));
        }
        // sorted by width so each batch pads little (for speed; results go back by crop index), widest first so
        // parallel sessions finish together rather than one reading the page's longest line alone at the end
        order.sort(Comparator.comparingDouble((Integer i) -> crops.get(i).aspect()).reversed());
        // a batch holds lines of one padded width only, so batching (recBatch > 1) never adds padding
        List<Batch> batches = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int currentPlaneW = -1;
        for (int i : order) {
            int planeW = planeWidth(widths[i]);
            if (!current.isEmpty() && (planeW != currentPlaneW || current.size() == config.batchSize())) {
                batches.add(new Batch(current, currentPlaneW));
                current = new ArrayList<>();
            }
            current.add(i);
            currentPlaneW = planeW;
        }
        if (!current.isEmpty()) {
            batches.add(new Batch(current, currentPlaneW));
        }
        List<Runnable> tasks = new ArrayList<>(batches.size());
        for (Batch batch : batches) {
            tasks.add(() -> runBatch(crops, widths, batch, results));
        }
        // one runner per session: the calling thread and sessions − 1 pool threads
        PoolTasks.run(pool, sessionCount - 1, tasks, "Recognising lines");
        return List.of(results);
    }

    private void runBatch(List<LineCrop> crops, int[] widths, Batch batch, Recognition[] results) {
        int height = config.height();
        int planeW = batch.planeW();
        List<Integer> lines = batch.lines();
        int slotSize = 3 * height * planeW;
        FloatBuffer input = TensorBuffers.INPUT.of(lines.size() * slotSize);
        for (int b = 0; b < lines.size(); b++) {
            crops.get(lines.get(b)).writeNormalised(input, b * slotSize, widths[lines.get(b)], height, planeW);
        }
        int steps = planeW / WIDTH_STEP;
        int classes = dictionary.length;
        FloatBuffer probs = TensorBuffers.OUTPUT.of(lines.size() * steps * classes);
        OnnxModel session = take();
        try {
            session.run(input, new long[] {lines.size(), 3, height, planeW}, probs,
                    new long[] {lines.size(), steps, classes});
        } finally {
            sessions.add(session);
        }
        for (int b = 0; b < lines.size(); b++) {
            results[lines.get(b)] = decode(probs, b * steps * classes, steps, classes);
        }
    }

    /** The line's width at the model's height, narrowed by widthScale. */
    private int inputWidth(LineCrop crop) {
        return Math.max(1, (int) Math.ceil(config.height() * config.widthScale() * crop.aspect()));
    }

    /**
     * The width a line of {@code width} is padded to: at least minWidth, rounded up to whole time steps. Padding
     * to a multiple of 32 instead cost ~3 % more columns per invoice for no field read better (bench accuracy 16,
     * three seeds).
     */
    private int planeWidth(int width) {
        return (int) Math.ceil((double) Math.max(width, config.minWidth()) / WIDTH_STEP) * WIDTH_STEP;
    }

    private OnnxModel take() {
        try {
            return sessions.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("Interrupted while waiting for a recognition session", e);
        }
    }

    /** Greedy CTC over the time steps of one batch row. */
    private Recognition decode(FloatBuffer probs, int offset, int steps, int classes) {
        StringBuilder text = new StringBuilder();
        double scoreSum = 0;
        int kept = 0;
        int previous = -1;
        for (int t = 0; t < steps; t++) {
            int base = offset + t * classes;
            int best = 0;
            float bestProb = probs.get(base);
            for (int c = 1; c < classes; c++) {
                float p = probs.get(base + c);
                if (p > bestProb) {
                    bestProb = p;
                    best = c;
                }
            }
            if (best != 0 && best != previous) {
                text.append(dictionary[best]);
                scoreSum += bestProb;
                kept++;
            }
            previous = best;
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return new Recognition(normalised, kept == 0 ? 0f : (float) (scoreSum / kept));
    }
}
