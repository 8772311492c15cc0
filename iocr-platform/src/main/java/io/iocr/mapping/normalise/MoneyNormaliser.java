package io.iocr.mapping.normalise;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Amounts in figures: ¥360.00, ￥1,234.50, "339. 62" (a stray space), Y20.38 and ?20.38 (¥ misread as Y, 羊 or ?,
 * as OCR engines do on small print), full-width digits, RMB/CNY/元 around the figure, a leading minus on red-letter
 * (credit) invoices. Two decimals, half-up.
 */
public final class MoneyNormaliser {

    private static final Pattern CURRENCY = Pattern.compile("^(?:RMB|CNY|人民币|[¥Yy羊?])+|(?:元|圆|RMB|CNY)$");
    private static final Pattern FIGURE = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

    private MoneyNormaliser() {
    }

    /** @throws IllegalArgumentException when no amount can be read */
    public static BigDecimal parse(String raw) {
        return parseExact(raw).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The same reading without rounding, for unit prices and quantities ("339.622641509434", "0.5").
     *
     * @throws IllegalArgumentException when no number can be read
     */
    public static BigDecimal parseExact(String raw) {
        String text = TextNormaliser.compact(raw).replace('，', ',');
        String sign = "";
        if (text.startsWith("-")) {
            sign = "-";
            text = text.substring(1);
        }
        text = CURRENCY.matcher(text).replaceAll("");
        if (text.startsWith("-")) {
            sign = sign.isEmpty() ? "-" : "";
            text = text.substring(1);
        }
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        if (!FIGURE.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + raw + "' is not an amount");
        }
        return new BigDecimal(sign + text);
    }
}
