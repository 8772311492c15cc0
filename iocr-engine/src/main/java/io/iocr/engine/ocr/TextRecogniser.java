package io.iocr.engine.ocr;

import java.nio.FloatBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Stage 3, PP-OCRv4 recognition: crops batched by aspect ratio (the sort is for speed: less padding per batch;
 * results go back in input order), height 48, greedy CTC over the dictionary plus ' ', NFKC-normalised.
 */
final class TextRecogniser {

    /** One line's text and mean character confidence. */
    record Recognition(String text, float score) {
    }

    private static final int WIDTH_STEP = 32;
    private static final int PACK_GAP = 32;

    private final BlockingQueue<OnnxModel> sessions;
    private final ExecutorService pool;
    private final OcrConfig.Recognition config;
    private final String[] dictionary; // index 0 = CTC blank

    /**
     * @param models one or more sessions of the recognition model; with more than one, batches run side by side on
     *               {@code pool}
     */
    TextRecogniser(List<OnnxModel> models, ExecutorService pool, OcrConfig.Recognition config, List<String> keys) {
        this.sessions = new LinkedBlockingQueue<>(models);
        this.pool = models.size() > 1 ? pool : null;
        this.config = config;
        this.dictionary = new String[keys.size() + 2];
        this.dictionary[0] = "";
        for (int i = 0; i < keys.size(); i++) {
            dictionary[i + 1] = keys.get(i);
        }
        dictionary[keys.size() + 1] = " ";
    }

    /** A crop placed in a slot (one row of the batch tensor) at x, resized to width w. */
    private record Piece(int crop, int x, int w) {
    }

    /** One row of a batch: a single crop, or several short crops packed side by side. */
    private record Slot(List<Piece> pieces, int width) {
    }

    List<Recognition> recognise(List<LineCrop> crops) {
        Recognition[] results = new Recognition[crops.size()];
        List<Slot> slots = slots(crops);
        // sorted by width so each batch pads little (for speed; results go back by crop index), widest first so
        // parallel sessions finish together rather than one reading the page's longest line alone at the end
        slots.sort(Comparator.comparingInt(Slot::width).reversed());
        List<List<Slot>> batches = new ArrayList<>();
        for (int start = 0; start < slots.size(); start += config.batchSize()) {
            batches.add(slots.subList(start, Math.min(slots.size(), start + config.batchSize())));
        }
        if (pool == null) {
            for (List<Slot> batch : batches) {
                runBatch(crops, batch, results);
            }
        } else {
            List<Future<?>> running = new ArrayList<>();
            for (List<Slot> batch : batches) {
                running.add(pool.submit(() -> runBatch(crops, batch, results)));
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new OcrException("Recognition failed", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new OcrException("Interrupted during recognition", e);
                }
            }
        }
        return List.of(results);
    }

    /**
     * Every crop gets its own slot, except that with packing on, short crops (narrower than half the minimum
     * width, which they would otherwise be padded up to) share slots in reading order, a blank gap apart.
     */
    private List<Slot> slots(List<LineCrop> crops) {
        int height = config.height();
        List<Slot> slots = new ArrayList<>();
        List<Piece> packing = new ArrayList<>();
        int packedWidth = 0;
        for (int i = 0; i < crops.size(); i++) {
            int w = Math.max(1, (int) Math.ceil(height * crops.get(i).aspect()));
            if (!config.pack() || w * 2 > config.minWidth()) {
                slots.add(new Slot(List.of(new Piece(i, 0, w)), w));
                continue;
            }
            int x = packing.isEmpty() ? 0 : packedWidth + PACK_GAP;
            if (x + w > config.minWidth()) {
                slots.add(new Slot(List.copyOf(packing), packedWidth));
                packing.clear();
                x = 0;
            }
            packing.add(new Piece(i, x, w));
            packedWidth = x + w;
        }
        if (!packing.isEmpty()) {
            slots.add(new Slot(List.copyOf(packing), packedWidth));
        }
        return slots;
    }

    private void runBatch(List<LineCrop> crops, List<Slot> batch, Recognition[] results) {
        int height = config.height();
        int widest = config.minWidth();
        for (Slot slot : batch) {
            widest = Math.max(widest, slot.width());
        }
        // widths rounded up to a multiple of 32: fewer distinct input shapes for ONNX Runtime to plan
        int planeW = (int) Math.ceil((double) widest / WIDTH_STEP) * WIDTH_STEP;
        int slotSize = 3 * height * planeW;
        FloatBuffer input = InputBuffers.zeroed(batch.size() * slotSize);
        for (int b = 0; b < batch.size(); b++) {
            for (Piece piece : batch.get(b).pieces()) {
                if (piece.x() > 0) {
                    blank(input, b * slotSize + piece.x() - PACK_GAP, PACK_GAP, height, planeW);
                }
                crops.get(piece.crop()).writeNormalised(input, b * slotSize + piece.x(), Math.min(piece.w(), planeW),
                        height, planeW);
            }
        }
        OnnxModel session = take();
        OnnxModel.Output out;
        try {
            out = session.run(input, new long[] {batch.size(), 3, height, planeW});
        } finally {
            sessions.add(session);
        }
        int steps = (int) out.shape()[1];
        int classes = (int) out.shape()[2];
        double pixelsPerStep = (double) planeW / steps;
        for (int b = 0; b < batch.size(); b++) {
            List<Piece> pieces = batch.get(b).pieces();
            if (pieces.size() == 1) {
                results[pieces.get(0).crop()] = decode(out.data(), b * steps * classes, 0, steps, classes);
                continue;
            }
            for (Piece piece : pieces) {
                // the time steps over this piece (each step sees pixelsPerStep columns)
                int from = (int) Math.floor(piece.x() / pixelsPerStep);
                int to = Math.min(steps, (int) Math.ceil((piece.x() + piece.w()) / pixelsPerStep));
                results[piece.crop()] = decode(out.data(), b * steps * classes, from, to, classes);
            }
        }
    }

    /** White columns between packed crops, so they read as separate words. */
    private static void blank(FloatBuffer input, int offset, int width, int height, int planeW) {
        int plane = height * planeW;
        for (int c = 0; c < 3; c++) {
            for (int v = 0; v < height; v++) {
                for (int u = 0; u < width; u++) {
                    input.put(offset + c * plane + v * planeW + u, 1f);
                }
            }
        }
    }

    private OnnxModel take() {
        try {
            return sessions.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("Interrupted while waiting for a recognition session", e);
        }
    }

    /** Greedy CTC over time steps [from, to) of one batch row. */
    private Recognition decode(FloatBuffer probs, int offset, int from, int to, int classes) {
        StringBuilder text = new StringBuilder();
        double scoreSum = 0;
        int kept = 0;
        int previous = -1;
        for (int t = from; t < to; t++) {
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
            if (best != 0 && best != previous && best < dictionary.length) {
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
