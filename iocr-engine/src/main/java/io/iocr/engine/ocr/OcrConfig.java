package io.iocr.engine.ocr;

/**
 * The OCR pipeline's settings, one section per stage (PaddleOCR's PP-OCRv4 defaults; see README "Offline engine").
 *
 * @param threads       ONNX Runtime intra-op threads per inference (≤ 0: one per available processor)
 * @param modelDir      a directory holding the model files, or null for the models on the classpath
 * @param useClassifier run the 0°/180° line classifier (costs ≈ 40 % more time; off for upright scans)
 * @param simplifyModels load the models through {@link io.iocr.engine.onnx.GraphSimplifier} (same results, about a
 *                       third less CPU per page)
 */
public record OcrConfig(int threads, String modelDir, boolean useClassifier, boolean simplifyModels,
                        Detection detection, Recognition recognition) {

    public OcrConfig {
        require(detection != null && recognition != null, "detection and recognition sections are required");
    }

    public static OcrConfig ofDefaults() {
        return new OcrConfig(0, null, false, true, Detection.ofDefaults(), Recognition.ofDefaults());
    }

    public OcrConfig withThreads(int newThreads) {
        return new OcrConfig(newThreads, modelDir, useClassifier, simplifyModels, detection, recognition);
    }

    public OcrConfig withClassifier(boolean enabled) {
        return new OcrConfig(threads, modelDir, enabled, simplifyModels, detection, recognition);
    }

    public OcrConfig withModelDir(String dir) {
        return new OcrConfig(threads, dir, useClassifier, simplifyModels, detection, recognition);
    }

    public OcrConfig withSimplifiedModels(boolean enabled) {
        return new OcrConfig(threads, modelDir, useClassifier, enabled, detection, recognition);
    }

    int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    int effectiveRecognitionSessions() {
        int wanted = recognition.parallel() > 0 ? recognition.parallel() : effectiveThreads();
        return Math.max(1, Math.min(wanted, effectiveThreads()));
    }

    public OcrConfig withDetection(Detection newDetection) {
        return new OcrConfig(threads, modelDir, useClassifier, simplifyModels, newDetection, recognition);
    }

    public OcrConfig withRecognition(Recognition newRecognition) {
        return new OcrConfig(threads, modelDir, useClassifier, simplifyModels, detection, newRecognition);
    }

    /** DB text detection: long side limited to {@code maxSide}, then binarise/score/unclip. */
    public record Detection(int maxSide, double thresh, double boxThresh, double unclipRatio, int maxCandidates) {
        public Detection {
            require(maxSide >= 32, "detection.maxSide must be ≥ 32, was " + maxSide);
            require(thresh > 0 && thresh < 1, "detection.thresh must be in (0,1), was " + thresh);
            require(boxThresh > 0 && boxThresh < 1, "detection.boxThresh must be in (0,1), was " + boxThresh);
            require(unclipRatio > 0, "detection.unclipRatio must be > 0, was " + unclipRatio);
            require(maxCandidates > 0, "detection.maxCandidates must be > 0, was " + maxCandidates);
        }

        public static Detection ofDefaults() {
            // box threshold 0.5 (RapidOCR's) rather than PaddleOCR's 0.6: single-character values beside a label
            // ("性别 男", "民族 苗") score 0.5-0.6 and were lost; no false boxes were seen on the generated set
            return new Detection(960, 0.3, 0.5, 1.5, 1000);
        }

        public Detection withMaxSide(int side) {
            return new Detection(side, thresh, boxThresh, unclipRatio, maxCandidates);
        }
    }

    /**
     * SVTR recognition: lines resized to {@code height} and to {@code widthScale} of their width at that height,
     * batched by aspect ratio, padded to at least {@code minWidth}; lines scoring below {@code dropScore} are
     * dropped; with {@code int8} the model's widest matrix products run in 8-bit integers
     * ({@link io.iocr.engine.onnx.Int8Quantizer}). {@code parallel} sessions each run one batch at a time on their
     * share of the threads: on few cores, two single-threaded runs side by side beat one two-threaded run of these
     * small tensors.
     */
    public record Recognition(int height, int minWidth, double widthScale, boolean int8, int batchSize,
                              double dropScore, int parallel) {
        public Recognition {
            require(height == 48, "recognition.height must be 48 for PP-OCRv4, was " + height);
            require(minWidth >= 8, "recognition.minWidth must be ≥ 8, was " + minWidth);
            require(widthScale >= 0.5 && widthScale <= 1,
                    "recognition.widthScale must be in [0.5, 1], was " + widthScale);
            require(batchSize > 0, "recognition.batchSize must be > 0, was " + batchSize);
            require(dropScore >= 0 && dropScore < 1, "recognition.dropScore must be in [0,1), was " + dropScore);
            require(parallel >= 0, "recognition.parallel must be ≥ 0 (0 = one per processor), was " + parallel);
        }

        public static Recognition ofDefaults() {
            return new Recognition(48, 96, 0.85, true, 1, 0.5, 0);
        }

        public Recognition withMinWidth(int width) {
            return new Recognition(height, width, widthScale, int8, batchSize, dropScore, parallel);
        }

        public Recognition withWidthScale(double scale) {
            return new Recognition(height, minWidth, scale, int8, batchSize, dropScore, parallel);
        }

        public Recognition withInt8(boolean enabled) {
            return new Recognition(height, minWidth, widthScale, enabled, batchSize, dropScore, parallel);
        }

        public Recognition withBatchSize(int lines) {
            return new Recognition(height, minWidth, widthScale, int8, lines, dropScore, parallel);
        }

        public Recognition withParallel(int sessions) {
            return new Recognition(height, minWidth, widthScale, int8, batchSize, dropScore, sessions);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
