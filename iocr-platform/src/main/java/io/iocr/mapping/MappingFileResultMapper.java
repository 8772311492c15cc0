package io.iocr.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iocr.client.model.FieldValue;
import io.iocr.client.model.KvResult;
import io.iocr.client.model.Location;
import io.iocr.client.model.PageResult;
import io.iocr.client.model.RecognitionResponse;
import io.iocr.client.model.TaskStatus;
import io.iocr.mapping.MappingDefinition.CheckRule;
import io.iocr.mapping.MappingDefinition.Column;
import io.iocr.mapping.MappingDefinition.FieldRule;
import io.iocr.mapping.MappingDefinition.LineItemRule;
import io.iocr.mapping.normalise.ChineseAmountNormaliser;
import io.iocr.mapping.normalise.DateNormaliser;
import io.iocr.mapping.normalise.IdNumberValidator;
import io.iocr.mapping.normalise.TextNormaliser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ResultMapper} driven by mapping files. The mapping is chosen by the templateSign the document was
 * submitted with; else, page by page, by the page's doc_type; else, for a page of doc_type 其他, by the keys found
 * on it ({@code detect}). Every page's keys and values also go to {@code iocr:extracted}. Stateless and
 * thread-safe: each call works on its own state.
 */
public final class MappingFileResultMapper implements ResultMapper {

    public static final String EXTRACTED_ASPECT = "iocr:extracted";
    public static final String EXTRACTED_TEXT = "iocr:extractedText";
    public static final String EXTRACTED_FIELDS = "iocr:extractedFields";
    /** doc_type of a page no model recognised more precisely. */
    static final String GENERIC_DOC_TYPE = "其他";
    private static final int MAX_EXTRACTED_FIELD_LENGTH = 1000;
    private static final Pattern PERIOD_IN_YEARS = Pattern.compile("(\\d{1,2})\\s*年");
    private static final Logger LOG = LoggerFactory.getLogger(MappingFileResultMapper.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MappingCatalog catalog;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    public MappingFileResultMapper(MappingCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The shipped mappings plus the administrator's folder (global property iocr.mapping.customFolder). */
    public MappingFileResultMapper(String customFolder) {
        this(MappingCatalog.withCustomFolder(customFolder));
    }

    public MappingCatalog catalog() {
        return catalog;
    }

    @Override
    public MappedResult map(RecognitionResponse response, String templateSign) {
        try {
            return new Run(templateSign).map(response);
        } catch (RuntimeException e) {
            // a mapping bug must never lose the recognition: the raw result stays on the node for a re-map
            LOG.error("iOCR result could not be mapped", e);
            return new MappedResult(Set.of(), Map.of(), Map.of(), List.of(),
                    List.of(new MappingWarning(null, null, "The result could not be mapped: " + e)), null, "",
                    List.of());
        }
    }

    /** One occurrence of a single_key key on a page. */
    private record Occurrence(String key, FieldValue value, int page) {
        String words() {
            return value.words();
        }
    }

    /** The occurrence a rule picked, the text to convert (a pattern's group 1, or the words) and how it matched. */
    private record Pick(Occurrence occurrence, String text, boolean patternMismatch) {
    }

    /** The state of one map() call. */
    private final class Run {
        private final String templateSign;
        private final Set<String> aspects = new LinkedHashSet<>();
        private final Map<String, Object> properties = new LinkedHashMap<>();
        private final Map<String, String> rawValues = new LinkedHashMap<>();
        private final List<FieldLocation> locations = new ArrayList<>();
        private final List<MappingWarning> warnings = new ArrayList<>();
        private final List<MappedField> fields = new ArrayList<>();
        private final List<String> extractedFields = new ArrayList<>();
        private final List<String> extractedLines = new ArrayList<>();
        private final Map<String, Integer> propertyPages = new HashMap<>();
        private final Map<LineItemRule, LineItems> lineItems = new LinkedHashMap<>();
        private final Set<MappingDefinition> applied = new LinkedHashSet<>();

        Run(String templateSign) {
            this.templateSign = templateSign;
        }

        MappedResult map(RecognitionResponse response) {
            if (response == null) {
                warnings.add(new MappingWarning(null, null, "There is no result to map"));
                return result(null);
            }
            if (response.status() != TaskStatus.SUCCESS) {
                warnings.add(new MappingWarning(null, null,
                        "The task's status is " + response.status().wireName() + ", not Success"));
            }
            Optional<MappingDefinition> byTemplate = catalog.forTemplate(templateSign);
            String docType = null;
            List<PageResult> pages = response.pages();
            for (int i = 0; i < pages.size(); i++) {
                PageResult page = pages.get(i);
                if (page == null) {
                    continue;
                }
                int pageNumber = page.pageNum() == null ? i + 1 : page.pageNum();
                extract(page.kvResult());
                Optional<MappingDefinition> definition = byTemplate
                        .or(() -> catalog.forDocType(page.docType()))
                        .or(() -> isGeneric(page.docType()) ? catalog.detect(keys(page.kvResult())) : Optional.empty());
                definition.ifPresent(d -> apply(d, page, pageNumber));
                if (docType == null) {
                    docType = !isGeneric(page.docType()) ? page.docType().trim()
                            : definition.map(MappingDefinition::docType).orElse(blankToNull(page.docType()));
                }
            }
            lineItems.values().forEach(LineItems::store);
            applied.forEach(this::check);
            return result(docType);
        }

        private MappedResult result(String docType) {
            if (!extractedFields.isEmpty() || !extractedLines.isEmpty()) {
                List<String> text = new ArrayList<>(extractedFields);
                text.addAll(extractedLines);
                properties.put(EXTRACTED_TEXT, String.join("\n", text));
                properties.put(EXTRACTED_FIELDS, new ArrayList<>(extractedFields)); // Serializable, as NodeService wants
                aspects.add(EXTRACTED_ASPECT);
            }
            String extractedText = (String) properties.getOrDefault(EXTRACTED_TEXT, "");
            return new MappedResult(Collections.unmodifiableSet(aspects), Collections.unmodifiableMap(properties),
                    Collections.unmodifiableMap(rawValues), List.copyOf(locations), List.copyOf(warnings), docType,
                    extractedText, fields);
        }

        // ---- iocr:extracted ---------------------------------------------------------------------------------

        private void extract(KvResult kv) {
            kv.singleKey().forEach((key, values) -> {
                if (values != null) {
                    values.stream().filter(Objects::nonNull).forEach(v -> extracted(key, v.words()));
                }
            });
            kv.comboKey().forEach((table, rows) -> {
                if (rows != null) {
                    rows.stream().filter(Objects::nonNull).forEach(row -> row.forEach((leaf, v) -> {
                        if (v != null) {
                            extracted(leaf, v.words());
                        }
                    }));
                }
            });
            if (kv.fullResult() != null) {
                collectWords(kv.fullResult(), extractedLines);
            }
        }

        private void extracted(String key, String words) {
            String value = TextNormaliser.normalise(words);
            if (!value.isEmpty()) {
                String line = key + ": " + value;
                extractedFields.add(line.length() > MAX_EXTRACTED_FIELD_LENGTH
                        ? line.substring(0, MAX_EXTRACTED_FIELD_LENGTH) : line);
            }
        }

        private void collectWords(JsonNode node, List<String> out) {
            if (node.isObject()) {
                JsonNode words = node.get("words");
                if (words != null && words.isTextual() && !words.asText().isBlank()) {
                    out.add(TextNormaliser.normalise(words.asText()));
                }
                node.fields().forEachRemaining(e -> {
                    if (!e.getKey().equals("words")) {
                        collectWords(e.getValue(), out);
                    }
                });
            } else if (node.isArray()) {
                node.forEach(child -> collectWords(child, out));
            }
        }

        // ---- one mapping on one page --------------------------------------------------------------------------

        private void apply(MappingDefinition definition, PageResult page, int pageNumber) {
            KvResult kv = page.kvResult();
            Map<String, List<Occurrence>> occurrences = occurrences(kv, pageNumber);
            Set<Occurrence> consumed = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            boolean mapped = false;
            for (FieldRule rule : definition.fields()) {
                if (rule.onlyIfAbsent() && properties.containsKey(rule.property())) {
                    continue;
                }
                Pick pick = pick(rule, occurrences, consumed);
                if (pick == null) {
                    continue;
                }
                consumed.add(pick.occurrence());
                if (TextNormaliser.isNoValue(pick.occurrence().words())) {
                    continue;
                }
                mapped |= applyRule(definition, rule, pick, pageNumber);
            }
            Set<String> tables = new HashSet<>();
            LineItemRule itemRule = definition.lineItems();
            if (itemRule != null) {
                for (Map.Entry<String, List<Map<String, FieldValue>>> entry : kv.comboKey().entrySet()) {
                    String table = entry.getKey();
                    List<Map<String, FieldValue>> rows = entry.getValue();
                    if (rows != null && itemRule.tables().stream().anyMatch(
                            t -> TextNormaliser.normalise(t).equals(TextNormaliser.normalise(table)))) {
                        tables.add(table);
                        mapped |= lineItems.computeIfAbsent(itemRule, r -> new LineItems(definition, r))
                                .add(table, rows, pageNumber);
                    }
                }
            }
            if (mapped) {
                applied.add(definition);
                aspects.addAll(definition.aspects());
                // constants (the ID card side): the first page's wins without a warning (both sides on one scan)
                definition.set().forEach((property, value) -> {
                    if (!properties.containsKey(property)) {
                        put(property, value, pageNumber, null);
                    }
                });
                if (definition.docTypeProperty() != null && !isGeneric(page.docType())
                        && !properties.containsKey(definition.docTypeProperty())) {
                    put(definition.docTypeProperty(), page.docType().trim(), pageNumber, "doc_type");
                }
            }
            warnUnmapped(definition, occurrences, consumed, kv, tables, pageNumber);
        }

        private void warnUnmapped(MappingDefinition definition, Map<String, List<Occurrence>> occurrences,
                                  Set<Occurrence> consumed, KvResult kv, Set<String> tables, int pageNumber) {
            occurrences.values().forEach(list -> list.stream()
                    .filter(o -> !consumed.contains(o) && !TextNormaliser.isNoValue(o.words()))
                    .forEach(o -> warnings.add(new MappingWarning(null, o.key(), "Page " + pageNumber + ": "
                            + o.key() + " '" + o.words() + "' is not mapped by mapping '" + definition.id()
                            + "' (kept in the extracted fields)"))));
            kv.comboKey().keySet().stream().filter(t -> !tables.contains(t)).forEach(t -> warnings.add(
                    new MappingWarning(null, t, "Page " + pageNumber + ": table " + t + " is not mapped by mapping '"
                            + definition.id() + "' (kept in the extracted fields)")));
        }

        /** The key's occurrences in layout order: by position when every one has a box, else as iOCR listed them. */
        private Map<String, List<Occurrence>> occurrences(KvResult kv, int pageNumber) {
            Map<String, List<Occurrence>> byKey = new LinkedHashMap<>();
            kv.singleKey().forEach((key, values) -> {
                List<Occurrence> list = byKey.computeIfAbsent(TextNormaliser.normalise(key), k -> new ArrayList<>());
                if (values != null) {
                    values.stream().filter(Objects::nonNull).forEach(v -> list.add(new Occurrence(key, v, pageNumber)));
                }
            });
            byKey.values().forEach(list -> {
                if (list.size() > 1 && list.stream().allMatch(o -> top(o.value().location()) != null)) {
                    list.sort(Comparator.comparing((Occurrence o) -> top(o.value().location()))
                            .thenComparing(o -> left(o.value().location())));
                }
            });
            return byKey;
        }

        private Pick pick(FieldRule rule, Map<String, List<Occurrence>> occurrences, Set<Occurrence> consumed) {
            List<Occurrence> candidates = new ArrayList<>();
            rule.keys().forEach(k -> candidates.addAll(
                    occurrences.getOrDefault(TextNormaliser.normalise(k), List.of())));
            if (rule.occurrence() != null) {
                if (candidates.size() < rule.occurrence()) {
                    return null;
                }
                Occurrence nth = candidates.get(rule.occurrence() - 1);
                return consumed.contains(nth) ? null : new Pick(nth, nth.words(), false);
            }
            List<Occurrence> unused = candidates.stream().filter(o -> !consumed.contains(o)).toList();
            if (unused.isEmpty()) {
                return null;
            }
            if (rule.pattern() == null) {
                return new Pick(unused.get(0), unused.get(0).words(), false);
            }
            Pattern pattern = patterns.computeIfAbsent(rule.pattern(), Pattern::compile);
            for (Occurrence o : unused) {
                Matcher m = pattern.matcher(TextNormaliser.normalise(o.words()));
                if (m.matches()) {
                    return new Pick(o, m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : o.words(), false);
                }
            }
            return rule.strict() ? null : new Pick(unused.get(0), unused.get(0).words(), true);
        }

        private boolean applyRule(MappingDefinition definition, FieldRule rule, Pick pick, int pageNumber) {
            Occurrence occurrence = pick.occurrence();
            String raw = occurrence.words();
            String aspect = firstAspect(definition);
            if (pick.patternMismatch()) {
                warnings.add(new MappingWarning(rule.property(), occurrence.key(), occurrence.key() + " '" + raw
                        + "' does not have the expected form" + (rule.note() == null ? "" : " (" + rule.note() + ")")
                        + "; stored as recognised"));
            }
            if (rule.type() == FieldType.VALIDITY) {
                return applyValidity(rule, aspect, occurrence, pick.text(), pageNumber);
            }
            ValueConverter.Converted converted = ValueConverter.convert(rule.type(), pick.text());
            if (converted.failed()) {
                warnings.add(new MappingWarning(rule.property(), occurrence.key(), occurrence.key()
                        + ": " + converted.problems().get(0) + "; the recognised text is kept"));
                record(rule.property(), aspect, occurrence, null, raw, null);
                if (rule.rawProperty() != null) {
                    put(rule.rawProperty(), TextNormaliser.normalise(raw), pageNumber, occurrence.key());
                }
                return true;
            }
            converted.problems().forEach(p -> warnings.add(new MappingWarning(rule.property(), occurrence.key(), p)));
            Object value = converted.value();
            if (!put(rule.property(), value, pageNumber, occurrence.key())) {
                return false;
            }
            record(rule.property(), aspect, occurrence, value, converted.text(), null);
            if (rule.rawProperty() != null) {
                put(rule.rawProperty(), TextNormaliser.normalise(raw), pageNumber, occurrence.key());
            }
            if (rule.yearProperty() != null && value instanceof LocalDate date) {
                put(rule.yearProperty(), (long) date.getYear(), pageNumber, occurrence.key());
            }
            return true;
        }

        /** A validity end: a date, 长期 (no end: the indefinite flag), "from 至 to", or "6年" from a start date. */
        private boolean applyValidity(FieldRule rule, String aspect, Occurrence occurrence, String text,
                                      int pageNumber) {
            String raw = occurrence.words();
            if (rule.rawProperty() != null) {
                put(rule.rawProperty(), TextNormaliser.normalise(raw), pageNumber, occurrence.key());
            }
            if (DateNormaliser.isIndefinite(text)) {
                if (rule.indefiniteProperty() != null && put(rule.indefiniteProperty(), true, pageNumber,
                        occurrence.key())) {
                    record(rule.indefiniteProperty(), aspect, occurrence, true, "true", null);
                }
                return true;
            }
            DateNormaliser.Range range = safeRange(text);
            LocalDate to = range == null ? null : range.to();
            Matcher years = PERIOD_IN_YEARS.matcher(TextNormaliser.compact(text));
            if (to == null && years.matches() && rule.periodStartProperty() != null
                    && properties.get(rule.periodStartProperty()) instanceof LocalDate start) {
                to = start.plusYears(Integer.parseInt(years.group(1)));
            }
            if (range != null && range.from() != null && rule.startProperty() != null) {
                put(rule.startProperty(), range.from(), pageNumber, occurrence.key());
            }
            if (range != null && range.indefinite()) {
                if (rule.indefiniteProperty() != null) {
                    put(rule.indefiniteProperty(), true, pageNumber, occurrence.key());
                }
                record(rule.property(), aspect, occurrence, null, TextNormaliser.normalise(raw), null);
                return true;
            }
            if (to == null) {
                warnings.add(new MappingWarning(rule.property(), occurrence.key(), occurrence.key() + ": '" + raw
                        + "' is neither a date, 长期, nor a period counted from a start date; the recognised text"
                        + " is kept"));
                record(rule.property(), aspect, occurrence, null, raw, null);
                return true;
            }
            if (put(rule.property(), to, pageNumber, occurrence.key())) {
                record(rule.property(), aspect, occurrence, to, ValueText.of(to), null);
                if (rule.indefiniteProperty() != null) {
                    put(rule.indefiniteProperty(), false, pageNumber, occurrence.key());
                }
            }
            return true;
        }

        private DateNormaliser.Range safeRange(String raw) {
            try {
                return DateNormaliser.parseRange(raw);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** Sets a property unless an earlier page set it to something else (then warns and keeps the first). */
        private boolean put(String property, Object value, int pageNumber, String key) {
            Object existing = properties.get(property);
            if (existing != null && !existing.equals(value)) {
                warnings.add(new MappingWarning(property, key, "Page " + pageNumber + ": " + property + " '"
                        + ValueText.of(value) + "' not stored: page " + propertyPages.get(property) + " already gave '"
                        + ValueText.of(existing) + "'"));
                return false;
            }
            if (value != null) {
                properties.put(property, value);
                propertyPages.putIfAbsent(property, pageNumber);
            }
            return true;
        }

        private void record(String property, String aspect, Occurrence occurrence, Object value, String text,
                            Integer lineItem) {
            rawValues.putIfAbsent(property, occurrence.words());
            fields.add(new MappedField(property, aspect, occurrence.key(), occurrence.words(), value, text, lineItem));
            Location location = occurrence.value().location();
            locations.add(new FieldLocation(property, occurrence.key(), occurrence.page(), location.box(),
                    location.cbox()));
        }

        // ---- checks -------------------------------------------------------------------------------------------

        private void check(MappingDefinition definition) {
            for (CheckRule check : definition.checks()) {
                switch (check.type()) {
                    case "amountInWords" -> checkAmountInWords(check);
                    case "sum" -> checkSum(check);
                    case "idNumber" -> checkIdNumber(check);
                    default -> throw new IllegalStateException("unknown check " + check.type());
                }
            }
        }

        private void checkAmountInWords(CheckRule check) {
            if (!(properties.get(check.words()) instanceof String words)) {
                return;
            }
            BigDecimal fromWords;
            try {
                fromWords = ChineseAmountNormaliser.parse(words);
            } catch (IllegalArgumentException e) {
                warnings.add(new MappingWarning(check.words(), null, e.getMessage()
                        + "; it could not be checked against the figures"));
                return;
            }
            if (properties.get(check.figures()) instanceof Double figures) {
                BigDecimal inFigures = BigDecimal.valueOf(figures).setScale(2, RoundingMode.HALF_UP);
                if (inFigures.compareTo(fromWords) != 0) {
                    warnings.add(new MappingWarning(check.figures(), null, "The amount in words '" + words
                            + "' reads " + fromWords.toPlainString() + " but the figures read "
                            + inFigures.toPlainString()));
                }
            } else if (!rawValues.containsKey(check.figures())) {
                properties.put(check.figures(), fromWords.doubleValue());
                warnings.add(new MappingWarning(check.figures(), null, "The amount in figures is missing; "
                        + fromWords.toPlainString() + " is taken from the amount in words '" + words + "'"));
            } else {
                warnings.add(new MappingWarning(check.figures(), null, "The amount in figures '"
                        + rawValues.get(check.figures()) + "' is unreadable; the amount in words '" + words
                        + "' reads " + fromWords.toPlainString()));
            }
        }

        private void checkSum(CheckRule check) {
            if (!(properties.get(check.total()) instanceof Double total)) {
                return;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (String part : check.parts()) {
                if (!(properties.get(part) instanceof Double value)) {
                    return;
                }
                sum = sum.add(BigDecimal.valueOf(value));
            }
            BigDecimal expected = BigDecimal.valueOf(total);
            if (sum.subtract(expected).abs().compareTo(new BigDecimal("0.01")) > 0) {
                warnings.add(new MappingWarning(check.total(), null, String.join(" + ", check.parts()) + " = "
                        + sum.setScale(2, RoundingMode.HALF_UP).toPlainString() + ", but " + check.total() + " is "
                        + expected.setScale(2, RoundingMode.HALF_UP).toPlainString()));
            }
        }

        private void checkIdNumber(CheckRule check) {
            if (!(properties.get(check.number()) instanceof String number)) {
                return;
            }
            if (check.birthDate() != null && properties.get(check.birthDate()) instanceof LocalDate birth) {
                IdNumberValidator.birthDate(number).filter(encoded -> !encoded.equals(birth)).ifPresent(encoded ->
                        warnings.add(new MappingWarning(check.number(), null, "ID number " + number
                                + " encodes the birth date " + encoded + " but the document reads " + birth)));
            }
            if (check.gender() != null && properties.get(check.gender()) instanceof String gender
                    && (gender.contains("男") || gender.contains("女"))) {
                IdNumberValidator.gender(number).filter(encoded -> !gender.contains(encoded)).ifPresent(encoded ->
                        warnings.add(new MappingWarning(check.number(), null, "ID number " + number
                                + " encodes the gender " + encoded + " but the document reads " + gender)));
            }
        }

        // ---- line items ---------------------------------------------------------------------------------------

        /** The rows of one line-item rule, over all pages. */
        private final class LineItems {
            private final MappingDefinition definition;
            private final LineItemRule rule;
            private final List<Map<String, Object>> rows = new ArrayList<>();
            private final List<String> names = new ArrayList<>();

            LineItems(MappingDefinition definition, LineItemRule rule) {
                this.definition = definition;
                this.rule = rule;
            }

            boolean add(String table, List<Map<String, FieldValue>> tableRows, int pageNumber) {
                boolean added = false;
                for (Map<String, FieldValue> recognisedRow : tableRows) {
                    Map<String, FieldValue> cells = new LinkedHashMap<>();
                    if (recognisedRow != null) {
                        recognisedRow.forEach((leaf, v) -> cells.putIfAbsent(TextNormaliser.normalise(leaf), v));
                    }
                    if (cells.values().stream().allMatch(
                            v -> v == null || TextNormaliser.isNoValue(v.words()))) {
                        continue;
                    }
                    int index = rows.size();
                    Map<String, Object> row = new LinkedHashMap<>();
                    Map<String, String> raw = new LinkedHashMap<>();
                    Set<String> used = new HashSet<>();
                    for (Column column : rule.columns()) {
                        String key = TextNormaliser.normalise(column.key());
                        FieldValue cell = cells.get(key);
                        for (int i = 0; cell == null && i < column.aliases().size(); i++) {
                            key = TextNormaliser.normalise(column.aliases().get(i));
                            cell = cells.get(key);
                        }
                        if (cell == null) {
                            continue;
                        }
                        used.add(key);
                        if (TextNormaliser.isNoValue(cell.words())) {
                            continue;
                        }
                        String cellProperty = rule.property() + "[" + index + "]." + column.name();
                        ValueConverter.Converted converted = ValueConverter.convert(column.type(), cell.words());
                        Occurrence occurrence = new Occurrence(key, cell, pageNumber);
                        raw.put(column.name(), cell.words());
                        if (converted.failed()) {
                            warnings.add(new MappingWarning(cellProperty, key, table + " row " + (index + 1) + ", "
                                    + key + ": " + converted.problems().get(0) + "; the recognised text is kept"));
                            row.put(column.name(), null);
                        } else {
                            Object value = converted.value();
                            row.put(column.name(), value instanceof LocalDate date ? date.toString() : value);
                            if (column.name().equals(rule.nameColumn()) && value instanceof String name) {
                                names.add(name);
                            }
                        }
                        record(cellProperty, firstAspect(definition), occurrence, converted.failed() ? null
                                : converted.value(), converted.text(), index);
                    }
                    Map<String, String> other = new LinkedHashMap<>();
                    cells.forEach((leaf, v) -> {
                        if (!used.contains(leaf) && v != null && !TextNormaliser.isNoValue(v.words())) {
                            other.put(leaf, v.words());
                        }
                    });
                    if (!other.isEmpty()) {
                        row.put("other", other);
                    }
                    row.put("raw", raw);
                    row.put("page", pageNumber);
                    rows.add(row);
                    added = true;
                }
                return added;
            }

            void store() {
                if (rows.isEmpty()) {
                    return;
                }
                try {
                    properties.put(rule.property(), JSON.writeValueAsString(rows));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("line items could not be written as JSON", e);
                }
                if (rule.nameProperty() != null && !names.isEmpty()) {
                    properties.put(rule.nameProperty(), new ArrayList<>(names));
                }
                if (rule.countProperty() != null) {
                    properties.put(rule.countProperty(), (long) rows.size());
                }
            }
        }
    }

    private static String firstAspect(MappingDefinition definition) {
        return definition.aspects().isEmpty() ? null : definition.aspects().get(0);
    }

    private static boolean isGeneric(String docType) {
        return docType == null || docType.isBlank() || docType.trim().equals(GENERIC_DOC_TYPE);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Set<String> keys(KvResult kv) {
        Set<String> keys = new HashSet<>(kv.singleKey().keySet());
        kv.comboKey().values().forEach(rows -> {
            if (rows != null) {
                rows.stream().filter(Objects::nonNull).forEach(row -> keys.addAll(row.keySet()));
            }
        });
        keys.addAll(kv.comboKey().keySet());
        return keys;
    }

    /** Top edge: cbox y, else the smallest y of the box; null when the value has no usable location. */
    private static Integer top(Location location) {
        if (location == null) {
            return null;
        }
        if (location.cbox() != null && location.cbox().size() >= 2 && location.cbox().get(1) != null) {
            return location.cbox().get(1);
        }
        if (location.box() != null && !location.box().isEmpty()) {
            return location.box().stream().filter(p -> p != null && p.size() >= 2 && p.get(1) != null)
                    .map(p -> p.get(1)).min(Integer::compare).orElse(null);
        }
        return null;
    }

    private static int left(Location location) {
        if (location.cbox() != null && !location.cbox().isEmpty() && location.cbox().get(0) != null) {
            return location.cbox().get(0);
        }
        if (location.box() != null) {
            return location.box().stream().filter(p -> p != null && !p.isEmpty() && p.get(0) != null)
                    .map(p -> p.get(0)).min(Integer::compare).orElse(0);
        }
        return 0;
    }
}
