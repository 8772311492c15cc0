package io.iocr.mapping;

import io.iocr.mapping.normalise.BankCardValidator;
import io.iocr.mapping.normalise.CreditCodeValidator;
import io.iocr.mapping.normalise.DateNormaliser;
import io.iocr.mapping.normalise.IdNumberValidator;
import io.iocr.mapping.normalise.MoneyNormaliser;
import io.iocr.mapping.normalise.TextNormaliser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts recognised text by {@link FieldType}; never throws: a failure is a result with a problem. */
final class ValueConverter {

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");

    /**
     * @param value    the typed value, or null when it failed ({@code failed}) or when the text means "no end" (a
     *                 validity of 长期)
     * @param text     the normalised text (the raw text when it failed)
     * @param problems warnings: why it failed, or what a valid-looking value fails (a check digit)
     * @param failed   true when the text could not be converted
     */
    record Converted(Object value, String text, List<String> problems, boolean failed) {
    }

    private ValueConverter() {
    }

    static Converted convert(FieldType type, String text) {
        List<String> problems = new ArrayList<>();
        try {
            Object value = switch (type) {
                case TEXT -> TextNormaliser.normalise(text);
                // the ⓧ/⊗ printed before the amount (NFKC turns ⓧ into x) is no part of it
                case AMOUNT_IN_WORDS -> TextNormaliser.normalise(text).replaceFirst("^[xX×⊗⨂]+\\s*", "");
                case IDENTIFIER -> TextNormaliser.compact(text).toUpperCase(Locale.ROOT);
                case DATE -> DateNormaliser.parse(text);
                case VALIDITY -> DateNormaliser.isIndefinite(text) ? null : DateNormaliser.parseRange(text).to();
                case MONEY -> MoneyNormaliser.parse(text).doubleValue();
                case NUMBER -> MoneyNormaliser.parseExact(text).doubleValue();
                case INTEGER -> integer(text);
                case ID_NUMBER -> {
                    problems.addAll(IdNumberValidator.problems(text));
                    yield IdNumberValidator.normalise(text);
                }
                case CREDIT_CODE -> {
                    problems.addAll(CreditCodeValidator.problems(text));
                    yield CreditCodeValidator.normalise(text);
                }
                case TAX_ID -> taxId(text, problems);
                case BANK_CARD -> {
                    problems.addAll(BankCardValidator.problems(text));
                    yield BankCardValidator.normalise(text);
                }
            };
            return new Converted(value, value == null ? TextNormaliser.normalise(text) : ValueText.of(value),
                    problems, false);
        } catch (IllegalArgumentException e) {
            return new Converted(null, text, List.of(e.getMessage()), true);
        }
    }

    private static Long integer(String raw) {
        Matcher matcher = INTEGER.matcher(TextNormaliser.compact(raw).replace(",", ""));
        if (!matcher.find()) {
            throw new IllegalArgumentException("'" + raw + "' holds no whole number");
        }
        return Long.parseLong(matcher.group());
    }

    private static String taxId(String raw, List<String> problems) {
        String id = CreditCodeValidator.normalise(raw);
        if (id.length() == 18) {
            problems.addAll(CreditCodeValidator.problems(id));
        } else if (!id.matches("[0-9A-Z]{15}|[0-9A-Z]{17}|[0-9A-Z]{20}")) {
            problems.add("'" + raw + "' is neither an 18-character credit code nor a 15, 17 or 20 character "
                    + "taxpayer ID");
        }
        return id;
    }
}
