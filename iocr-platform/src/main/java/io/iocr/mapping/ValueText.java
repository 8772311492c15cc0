package io.iocr.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/** Typed values as the UI shows them: ISO dates, at least two decimals, lists joined with ", ". */
public final class ValueText {

    private ValueText() {
    }

    public static String of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Double d) {
            BigDecimal decimal = BigDecimal.valueOf(d);
            return (decimal.scale() < 2 ? decimal.setScale(2) : decimal).toPlainString();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(ValueText::of).collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
