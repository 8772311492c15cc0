package io.iocr.mapping;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mapping files in force: those shipped in the module (listed in {@code mappings/index.json}) and the
 * administrator's files for custom extraction models ({@code *.json} in a folder, global property
 * {@code iocr.mapping.customFolder}). A custom file whose id equals a shipped one replaces it. A custom file that
 * does not parse is logged and skipped, never fatal; a shipped one that does not parse is a build error.
 */
public final class MappingCatalog {

    public static final String SHIPPED_FOLDER = "alfresco/module/iocr-platform/mappings/";
    private static final Logger LOG = LoggerFactory.getLogger(MappingCatalog.class);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Map<String, MappingDefinition> byId;

    private MappingCatalog(Map<String, MappingDefinition> byId) {
        this.byId = byId;
    }

    /** The shipped files only. */
    public static MappingCatalog shipped() {
        return new MappingCatalog(loadShipped());
    }

    /**
     * The shipped files plus the {@code *.json} files of {@code customFolder}, read once, now.
     *
     * @param customFolder the administrator's folder, or null/blank for none; a missing folder is logged
     */
    public static MappingCatalog withCustomFolder(String customFolder) {
        Map<String, MappingDefinition> byId = loadShipped();
        if (customFolder != null && !customFolder.isBlank()) {
            Path folder = Path.of(customFolder.trim());
            if (!Files.isDirectory(folder)) {
                LOG.warn("iOCR custom mapping folder {} does not exist; only the shipped mappings apply", folder);
            } else {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
                    List<Path> sorted = new ArrayList<>();
                    files.forEach(sorted::add);
                    sorted.sort(null);
                    for (Path file : sorted) {
                        try (InputStream in = Files.newInputStream(file)) {
                            MappingDefinition definition = parse(in, file.toString());
                            MappingDefinition replaced = byId.put(definition.id(), definition);
                            LOG.info("iOCR mapping {} loaded from {}{}", definition.id(), file,
                                    replaced == null ? "" : " (replaces the shipped one)");
                        } catch (IOException | IllegalArgumentException e) {
                            LOG.error("iOCR mapping file skipped: {}", e.getMessage());
                        }
                    }
                } catch (IOException e) {
                    LOG.error("iOCR custom mapping folder {} could not be read: {}", folder, e.getMessage());
                }
            }
        }
        return new MappingCatalog(byId);
    }

    /** Builds a catalog from definitions already parsed (tests, tools). */
    public static MappingCatalog of(Collection<MappingDefinition> definitions) {
        Map<String, MappingDefinition> byId = new LinkedHashMap<>();
        definitions.forEach(d -> byId.put(d.id(), d));
        return new MappingCatalog(byId);
    }

    /**
     * Parses and validates one mapping file.
     *
     * @throws IllegalArgumentException naming the source and the problem
     */
    public static MappingDefinition parse(InputStream in, String source) {
        MappingDefinition definition;
        try {
            definition = JSON.readValue(in, MappingDefinition.class);
        } catch (IOException e) {
            String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new IllegalArgumentException(source + ": " + message, e);
        }
        List<String> problems = problems(definition);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(source + ": " + String.join("; ", problems));
        }
        return definition;
    }

    public Collection<MappingDefinition> all() {
        return byId.values();
    }

    public Optional<MappingDefinition> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The mapping for an iOCR model id (templateSign), if any. */
    public Optional<MappingDefinition> forTemplate(String templateSign) {
        if (templateSign == null || templateSign.isBlank()) {
            return Optional.empty();
        }
        return byId.values().stream().filter(d -> d.templateSigns().contains(templateSign.trim())).findFirst();
    }

    /** The mapping for a page's doc_type, if any. */
    public Optional<MappingDefinition> forDocType(String docType) {
        if (docType == null || docType.isBlank()) {
            return Optional.empty();
        }
        return byId.values().stream().filter(d -> d.docTypes().contains(docType.trim())).findFirst();
    }

    /** The mapping whose {@code detect} keys are best represented among the page's keys, if enough are. */
    public Optional<MappingDefinition> detect(Collection<String> pageKeys) {
        MappingDefinition best = null;
        long bestMatches = 0;
        for (MappingDefinition definition : byId.values()) {
            if (definition.detect() == null) {
                continue;
            }
            long matches = definition.detect().keys().stream().filter(pageKeys::contains).count();
            if (matches >= Math.max(1, definition.detect().minMatches()) && matches > bestMatches) {
                best = definition;
                bestMatches = matches;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Map<String, MappingDefinition> loadShipped() {
        ClassLoader loader = MappingCatalog.class.getClassLoader();
        String[] names;
        try (InputStream index = loader.getResourceAsStream(SHIPPED_FOLDER + "index.json")) {
            if (index == null) {
                throw new IllegalStateException(SHIPPED_FOLDER + "index.json is missing from the module");
            }
            names = JSON.readValue(index, String[].class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, MappingDefinition> byId = new LinkedHashMap<>();
        for (String name : names) {
            try (InputStream in = loader.getResourceAsStream(SHIPPED_FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException(SHIPPED_FOLDER + name + " is listed in index.json but missing");
                }
                MappingDefinition definition = parse(in, SHIPPED_FOLDER + name);
                byId.put(definition.id(), definition);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return byId;
    }

    private static List<String> problems(MappingDefinition d) {
        List<String> problems = new ArrayList<>();
        if (d.id() == null || d.id().isBlank()) {
            problems.add("id is required");
        }
        if (d.templateSigns().isEmpty() && d.docTypes().isEmpty() && d.detect() == null) {
            problems.add("templateSigns, docTypes or detect is required, or the mapping never applies");
        }
        d.aspects().forEach(a -> requirePrefixed(a, "aspect", problems));
        d.targets().keySet().forEach(p -> requirePrefixed(p, "property", problems));
        for (MappingDefinition.FieldRule rule : d.fields()) {
            if (rule.key() == null || rule.key().isBlank()) {
                problems.add("a field rule for " + rule.property() + " has no key");
            }
            if (rule.occurrence() != null && rule.occurrence() < 1) {
                problems.add(rule.key() + ": occurrence counts from 1");
            }
            if (rule.pattern() != null) {
                try {
                    java.util.regex.Pattern.compile(rule.pattern());
                } catch (java.util.regex.PatternSyntaxException e) {
                    problems.add(rule.key() + ": pattern does not compile: " + e.getDescription());
                }
            }
        }
        if (d.lineItems() != null && (d.lineItems().tables().isEmpty() || d.lineItems().property() == null)) {
            problems.add("lineItems needs tables and property");
        }
        for (MappingDefinition.CheckRule check : d.checks()) {
            if (!List.of("amountInWords", "sum", "idNumber").contains(check.type())) {
                problems.add("unknown check type '" + check.type() + "'");
            }
        }
        return problems;
    }

    private static void requirePrefixed(String name, String what, List<String> problems) {
        if (name == null || !name.matches("[a-z][a-z0-9]*:[A-Za-z_][A-Za-z0-9_-]*")) {
            problems.add(what + " '" + name + "' is not a prefixed name such as iocr:invoiceNumber");
        }
    }
}
