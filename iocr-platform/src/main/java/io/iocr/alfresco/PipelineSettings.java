package io.iocr.alfresco;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import io.iocr.client.IocrClientConfig;

/**
 * The repository pipeline's settings, read once from the global properties (module defaults in
 * {@code alfresco/module/iocr-platform/alfresco-global.properties}, overridden by the administrator's
 * alfresco-global.properties). Immutable; every value validated with a message naming the key.
 *
 * @param pipelineEnabled      whether the pump submits and polls at all ({@code iocr.pipeline.enabled})
 * @param autoRecognise        whether the folder behaviour runs at all ({@code iocr.autoRecognise.enabled})
 * @param folders              folders named by path whose new content is recognised
 * @param defaultTemplate      the model used when neither the rule, the folder nor the request names one
 * @param defaultClassifier    the project space used when no template is known, or null
 * @param mimetypes            the mimetypes iOCR accepts (others are marked UNSUPPORTED)
 * @param maxAttempts          submissions that failed transiently before the document is FAILED
 * @param retryDelay           the wait before the second attempt of a document; doubles per attempt (10 min at most)
 * @param stalePending         how long a PENDING document may wait for its queued action before the pump
 *                             validates it itself (the action queue is in memory and lost on restart)
 * @param batchSize            documents the pump takes per scan and state
 * @param pollInitialDelay     first poll after submission ({@code iocr.client.initialPollDelayMs})
 * @param pollInterval         the gap after the first poll ({@code iocr.client.pollIntervalMs})
 * @param pollGrowth           each next gap is this times the previous ({@code iocr.client.pollIntervalGrowth})
 * @param pollMaxInterval      the longest gap between polls of one task ({@code iocr.client.pollIntervalMaxMs})
 * @param maxWait              a task still running this long after submission is FAILED
 *                             ({@code iocr.client.maxWaitMs})
 * @param quotaPause           how long submissions pause after a quota error (17, 19)
 * @param configurationPause   how long submissions pause after a credentials/configuration error
 * @param lockTimeToLive       the cluster lock's time to live; refreshed while the pump works
 */
public record PipelineSettings(
        boolean pipelineEnabled,
        boolean autoRecognise,
        List<FolderRule> folders,
        String defaultTemplate,
        String defaultClassifier,
        Set<String> mimetypes,
        int maxAttempts,
        Duration retryDelay,
        Duration stalePending,
        int batchSize,
        Duration pollInitialDelay,
        Duration pollInterval,
        double pollGrowth,
        Duration pollMaxInterval,
        Duration maxWait,
        Duration quotaPause,
        Duration configurationPause,
        Duration lockTimeToLive) {

    /**
     * A folder named by its display path ({@code /Company Home/Sites/finance/documentLibrary/Invoices}) whose new
     * content is recognised with a template or a classifier (null: the defaults).
     */
    public record FolderRule(String path, String templateSign, String classifierId) {
    }

    public PipelineSettings {
        folders = List.copyOf(folders);
        mimetypes = Set.copyOf(mimetypes);
        require(maxAttempts >= 1, "iocr.pipeline.maxAttempts", maxAttempts);
        require(batchSize >= 1, "iocr.pipeline.batchSize", batchSize);
        require(pollGrowth >= 1.0, "iocr.client.pollIntervalGrowth", pollGrowth);
        require(!pollInterval.isNegative() && !pollInterval.isZero(), "iocr.client.pollIntervalMs",
                pollInterval.toMillis());
        require(lockTimeToLive.toMillis() >= 1000, "iocr.pipeline.lockTtlSeconds", lockTimeToLive.toSeconds());
    }

    /** The defaults documented in README and the module's alfresco-global.properties. */
    public static PipelineSettings ofDefaults() {
        return from(new Properties());
    }

    public static PipelineSettings from(Properties properties) {
        Reader reader = new Reader(properties);
        // Polling uses the client's keys and defaults (iocr.client.initialPollDelayMs, ...): one source for both.
        IocrClientConfig client = IocrClientConfig.fromProperties(properties::getProperty);
        return new PipelineSettings(
                reader.bool("iocr.pipeline.enabled", true),
                reader.bool("iocr.autoRecognise.enabled", true),
                parseFolders(reader.text("iocr.autoRecognise.folders", "")),
                blankToNull(reader.text("iocr.recognition.defaultTemplate", "multiple_invoice")),
                blankToNull(reader.text("iocr.recognition.defaultClassifier", "")),
                parseList(reader.text("iocr.recognition.mimetypes",
                        "image/jpeg,image/png,image/bmp,application/pdf,application/ofd")),
                reader.integer("iocr.pipeline.maxAttempts", 5),
                Duration.ofMillis(reader.integer("iocr.pipeline.retryDelayMillis", 10_000)),
                Duration.ofSeconds(reader.integer("iocr.pipeline.stalePendingSeconds", 300)),
                reader.integer("iocr.pipeline.batchSize", 100),
                client.initialPollDelay(),
                client.pollInterval(),
                client.pollIntervalGrowth(),
                client.pollIntervalMax(),
                client.maxWait(),
                Duration.ofMinutes(reader.integer("iocr.pipeline.quotaPauseMinutes", 60)),
                Duration.ofMinutes(reader.integer("iocr.pipeline.configurationPauseMinutes", 10)),
                Duration.ofSeconds(reader.integer("iocr.pipeline.lockTtlSeconds", 60)));
    }

    public boolean supports(String mimetype) {
        return mimetype != null && mimetypes.contains(mimetype.toLowerCase(Locale.ROOT));
    }

    /**
     * {@code path[=templateSign | =classifier:ID]} entries separated by {@code ;}, e.g.
     * {@code /Company Home/Invoices=multiple_invoice;/Company Home/HR/ID cards=id_card_front}.
     */
    static List<FolderRule> parseFolders(String value) {
        List<FolderRule> rules = new ArrayList<>();
        for (String entry : value.split(";")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int equals = trimmed.lastIndexOf('=');
            String path = normalisePath(equals < 0 ? trimmed : trimmed.substring(0, equals));
            String model = equals < 0 ? "" : trimmed.substring(equals + 1).trim();
            require(path.length() > 1, "iocr.autoRecognise.folders", entry);
            if (model.startsWith("classifier:")) {
                rules.add(new FolderRule(path, null, blankToNull(model.substring("classifier:".length()).trim())));
            } else {
                rules.add(new FolderRule(path, blankToNull(model), null));
            }
        }
        return rules;
    }

    /** "/Company Home/Invoices/" and "Company Home/Invoices" both become "/Company Home/Invoices". */
    static String normalisePath(String path) {
        String trimmed = path.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.startsWith("/") ? trimmed : "/" + trimmed;
    }

    private static Set<String> parseList(String value) {
        Set<String> items = new LinkedHashSet<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(item.trim().toLowerCase(Locale.ROOT));
            }
        }
        return items;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static void require(boolean valid, String key, Object value) {
        if (!valid) {
            throw new IllegalArgumentException("Invalid value for " + key + ": " + value);
        }
    }

    private record Reader(Properties properties) {

        String text(String key, String fallback) {
            return properties.getProperty(key, fallback);
        }

        int integer(String key, int fallback) {
            String value = properties.getProperty(key);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Invalid value for " + key + ": '" + value + "' is not a number");
            }
        }

        boolean bool(String key, boolean fallback) {
            String value = properties.getProperty(key);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            String trimmed = value.trim();
            if (!trimmed.equalsIgnoreCase("true") && !trimmed.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException("Invalid value for " + key + ": '" + value + "' is not true/false");
            }
            return Boolean.parseBoolean(trimmed);
        }
    }
}
