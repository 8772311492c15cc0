package io.iocr.engine.config;

import io.iocr.engine.ocr.OcrConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * The engine's settings as one immutable value. Defaults live in {@code engine.properties} beside this class; a
 * Java system property of the same key, then an environment variable (key upper-cased, dots to underscores),
 * override them. Secrets are never printed: {@link #toString()} redacts them.
 */
public record EngineConfig(
        String host,
        int port,
        int maxRequestMb,
        String apiKey,
        String apiSecret,
        Duration tokenTtl,
        int workers,
        int queueCapacity,
        Duration resultTtl,
        boolean emulateQps,
        int submitQps,
        int getResultQps,
        int maxDocumentMb,
        int dpi,
        int maxPages,
        Duration urlTimeout,
        OcrConfig ocr) {

    public EngineConfig {
        require(port >= 0 && port <= 65535, "iocr.engine.port", port);
        require(maxRequestMb > 0, "iocr.engine.http.maxRequestMb", maxRequestMb);
        require(workers > 0, "iocr.engine.workers", workers);
        require(queueCapacity > 0, "iocr.engine.queue.capacity", queueCapacity);
        require(submitQps > 0, "iocr.engine.qps.submit", submitQps);
        require(getResultQps > 0, "iocr.engine.qps.getResult", getResultQps);
        require(maxDocumentMb > 0, "iocr.engine.document.maxMb", maxDocumentMb);
        require(dpi >= 36 && dpi <= 600, "iocr.engine.document.dpi", dpi);
        require(maxPages > 0, "iocr.engine.document.maxPages", maxPages);
        apiKey = apiKey == null ? "" : apiKey;
        apiSecret = apiSecret == null ? "" : apiSecret;
    }

    /** Defaults, overridden by system properties, then by the environment. */
    public static EngineConfig load() {
        return fromSources(System.getenv(), System.getProperties());
    }

    /** The documented defaults alone. */
    public static EngineConfig ofDefaults() {
        return fromSources(Map.of(), new Properties());
    }

    static EngineConfig fromSources(Map<String, String> env, Properties system) {
        Properties defaults = new Properties();
        try (InputStream in = EngineConfig.class.getResourceAsStream("/io/iocr/engine/engine.properties")) {
            defaults.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the engine's default settings", e);
        }
        Function<String, String> get = key -> {
            String fromEnv = env.get(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
            if (fromEnv != null) {
                return fromEnv.trim();
            }
            String fromSystem = system.getProperty(key);
            if (fromSystem != null) {
                return fromSystem.trim();
            }
            String fallback = defaults.getProperty(key);
            if (fallback == null) {
                throw new IllegalStateException("No default for " + key + " in engine.properties");
            }
            return fallback.trim();
        };
        String modelDir = get.apply("iocr.engine.ocr.modelDir");
        OcrConfig ocr = OcrConfig.ofDefaults()
                .withThreads(integer(get, "iocr.engine.ocr.threads"))
                .withClassifier(Boolean.parseBoolean(get.apply("iocr.engine.ocr.classifier")))
                .withSimplifiedModels(Boolean.parseBoolean(get.apply("iocr.engine.ocr.simplifyModels")))
                .withModelDir(modelDir.isEmpty() ? null : modelDir);
        ocr = ocr.withDetection(ocr.detection().withMaxSide(integer(get, "iocr.engine.ocr.detMaxSide")));
        ocr = ocr.withRecognition(ocr.recognition().withMinWidth(integer(get, "iocr.engine.ocr.recMinWidth"))
                .withWidthScale(decimal(get, "iocr.engine.ocr.recWidthScale"))
                .withInt8(Boolean.parseBoolean(get.apply("iocr.engine.ocr.recInt8")))
                .withBatchSize(integer(get, "iocr.engine.ocr.recBatch"))
                .withParallel(integer(get, "iocr.engine.ocr.recSessions")));
        return new EngineConfig(
                get.apply("iocr.engine.host"),
                integer(get, "iocr.engine.port"),
                integer(get, "iocr.engine.http.maxRequestMb"),
                get.apply("iocr.engine.api.key"),
                get.apply("iocr.engine.api.secret"),
                Duration.ofSeconds(integer(get, "iocr.engine.token.ttlSeconds")),
                integer(get, "iocr.engine.workers"),
                integer(get, "iocr.engine.queue.capacity"),
                Duration.ofMinutes(integer(get, "iocr.engine.result.ttlMinutes")),
                Boolean.parseBoolean(get.apply("iocr.engine.qps.emulate")),
                integer(get, "iocr.engine.qps.submit"),
                integer(get, "iocr.engine.qps.getResult"),
                integer(get, "iocr.engine.document.maxMb"),
                integer(get, "iocr.engine.document.dpi"),
                integer(get, "iocr.engine.document.maxPages"),
                Duration.ofSeconds(integer(get, "iocr.engine.document.urlTimeoutSeconds")),
                ocr);
    }

    public boolean credentialsRequired() {
        return !apiKey.isEmpty() && !apiSecret.isEmpty();
    }

    public EngineConfig withPort(int newPort) {
        return new EngineConfig(host, newPort, maxRequestMb, apiKey, apiSecret, tokenTtl, workers, queueCapacity,
                resultTtl, emulateQps, submitQps, getResultQps, maxDocumentMb, dpi, maxPages, urlTimeout, ocr);
    }

    public EngineConfig withCredentials(String key, String secret) {
        return new EngineConfig(host, port, maxRequestMb, key, secret, tokenTtl, workers, queueCapacity,
                resultTtl, emulateQps, submitQps, getResultQps, maxDocumentMb, dpi, maxPages, urlTimeout, ocr);
    }

    public EngineConfig withQpsEmulation(boolean enabled) {
        return new EngineConfig(host, port, maxRequestMb, apiKey, apiSecret, tokenTtl, workers, queueCapacity,
                resultTtl, enabled, submitQps, getResultQps, maxDocumentMb, dpi, maxPages, urlTimeout, ocr);
    }

    public EngineConfig withResultTtl(Duration ttl) {
        return new EngineConfig(host, port, maxRequestMb, apiKey, apiSecret, tokenTtl, workers, queueCapacity,
                ttl, emulateQps, submitQps, getResultQps, maxDocumentMb, dpi, maxPages, urlTimeout, ocr);
    }

    @Override
    public String toString() {
        return "host=" + host + ", port=" + port + ", credentials=" + (credentialsRequired() ? "required (***)" : "any")
                + ", workers=" + workers + ", queue=" + queueCapacity + ", resultTtl=" + resultTtl
                + ", qpsEmulation=" + (emulateQps ? submitQps + "/" + getResultQps : "off")
                + ", maxDocumentMb=" + maxDocumentMb + ", dpi=" + dpi + ", maxPages=" + maxPages
                + ", ocrThreads=" + ocr.threads() + ", classifier=" + ocr.useClassifier()
                + ", modelDir=" + (ocr.modelDir() == null ? "classpath" : ocr.modelDir());
    }

    private static int integer(Function<String, String> get, String key) {
        return parsed(get, key, Integer::parseInt, "an integer");
    }

    private static double decimal(Function<String, String> get, String key) {
        return parsed(get, key, Double::parseDouble, "a number");
    }

    private static <T> T parsed(Function<String, String> get, String key, Function<String, T> parser, String kind) {
        String value = get.apply(key);
        try {
            return parser.apply(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be " + kind + ", was '" + value + "'", e);
        }
    }

    private static void require(boolean condition, String key, Object value) {
        if (!condition) {
            throw new IllegalArgumentException(key + " is out of range: " + value);
        }
    }
}
