package io.iocr.mapping.normalise;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Uppercase Chinese amounts (大写金额) as printed on invoices: 叁佰陆拾圆整, 壹万零贰佰元伍角, 玖角捌分, 壹亿贰仟万圆整, with
 * the ⓧ/⊗ mark and 人民币/负 prefixes; lowercase numerals (三百六十元) are accepted too.
 */
public final class ChineseAmountNormaliser {

    private static final String DIGITS_UPPER = "零壹贰叁肆伍陆柒捌玖";
    private static final String DIGITS_LOWER = "〇一二三四五六七八九";

    private ChineseAmountNormaliser() {
    }

    /** @throws IllegalArgumentException when the text is not an amount in words */
    public static BigDecimal parse(String raw) {
        String text = TextNormaliser.compact(raw)
                .replaceAll("^[ⓧ⊗⨂⊕Xx×]+", "")
                .replaceFirst("^人民币", "")
                .replaceAll("[整正]$", "");
        boolean negative = text.startsWith("负");
        if (negative) {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("'" + raw + "' is not an amount in words");
        }
        long yuan = 0;      // completed sections (亿, 万)
        long section = 0;   // below 万 in the current section
        long digit = -1;    // pending digit, -1 when none
        long fen = 0;       // 角 and 分, in fen
        boolean sawYuan = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            switch (c) {
                case '拾', '十' -> section += (digit < 0 ? 1 : digit) * 10;
                case '佰', '百' -> section += requireDigit(digit, raw) * 100;
                case '仟', '千' -> section += requireDigit(digit, raw) * 1000;
                case '万', '萬' -> {
                    yuan += (section + Math.max(digit, 0)) * 10_000;
                    section = 0;
                }
                case '亿', '億' -> {
                    yuan = (yuan + section + Math.max(digit, 0)) * 100_000_000;
                    section = 0;
                }
                case '圆', '元' -> {
                    yuan += section + Math.max(digit, 0);
                    section = 0;
                    sawYuan = true;
                }
                case '角' -> fen += requireDigit(digit, raw) * 10;
                case '分' -> fen += requireDigit(digit, raw);
                default -> throw new IllegalArgumentException(
                        "'" + raw + "' is not an amount in words: unexpected '" + c + "'");
            }
            digit = -1;
        }
        if (digit > 0 || section > 0) {
            if (sawYuan) {
                throw new IllegalArgumentException("'" + raw + "' is not an amount in words: a digit has no unit");
            }
            yuan += section + Math.max(digit, 0); // 叁佰陆拾 without 圆
        }
        BigDecimal amount = BigDecimal.valueOf(yuan * 100 + fen, 2).setScale(2, RoundingMode.UNNECESSARY);
        return negative ? amount.negate() : amount;
    }

    private static int digit(char c) {
        int upper = DIGITS_UPPER.indexOf(c);
        if (upper >= 0) {
            return upper;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS_LOWER.indexOf(c);
    }

    private static long requireDigit(long digit, String raw) {
        if (digit < 0) {
            throw new IllegalArgumentException("'" + raw + "' is not an amount in words: a unit has no digit");
        }
        return digit;
    }
}
