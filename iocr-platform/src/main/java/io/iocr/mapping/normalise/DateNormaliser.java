package io.iocr.mapping.normalise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as printed on Chinese documents: 2019年08月28日, 2019年8月8日, 2019.08.28, 2019-08-28, 2019/08/28, 20190828;
 * 长期 (no end); and validity ranges such as "2015年03月20日至长期" or "2010.01.01-2030.01.01".
 */
public final class DateNormaliser {

    private static final Pattern SEPARATED =
            Pattern.compile("(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("\\s*(?:至|到|~|—|–|-{1,2}(?=\\s*(?:\\d{4}|长期)))\\s*");

    /**
     * A validity range. {@code to} is null when the document says 长期 ({@code indefinite}) or names no end.
     */
    public record Range(LocalDate from, LocalDate to, boolean indefinite) {
    }

    private DateNormaliser() {
    }

    /** @throws IllegalArgumentException when the text is not one date */
    public static LocalDate parse(String raw) {
        String text = TextNormaliser.normalise(raw);
        Matcher separated = SEPARATED.matcher(text);
        if (separated.matches()) {
            return date(separated, raw);
        }
        Matcher compact = COMPACT.matcher(TextNormaliser.compact(text));
        if (compact.matches()) {
            return date(compact, raw);
        }
        throw new IllegalArgumentException("'" + raw + "' is not a date");
    }

    /** True for 长期 / 长期有效: the document does not expire. */
    public static boolean isIndefinite(String raw) {
        String text = TextNormaliser.compact(raw);
        return text.equals("长期") || text.equals("长期有效");
    }

    /**
     * A single date is read as the end of the validity ({@code to}), which is what licences print alone.
     *
     * @throws IllegalArgumentException when neither a date, 长期, nor "date 至 date|长期"
     */
    public static Range parseRange(String raw) {
        if (isIndefinite(raw)) {
            return new Range(null, null, true);
        }
        String text = TextNormaliser.normalise(raw);
        String[] parts = RANGE_SEPARATOR.split(text, 2);
        if (parts.length == 2 && !parts[0].isBlank()) {
            LocalDate from = parse(parts[0]);
            if (isIndefinite(parts[1])) {
                return new Range(from, null, true);
            }
            return new Range(from, parse(parts[1]), false);
        }
        return new Range(null, parse(text), false);
    }

    private static LocalDate date(Matcher m, String raw) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + raw + "' is not a valid calendar date", e);
        }
    }
}
