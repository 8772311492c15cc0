package io.iocr.mapping.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters from 0-9 and the 21 capitals other than
 * I, O, S, V and Z; the last is a MOD 31 check character. Also used for 18-character taxpayer IDs (纳税人识别号),
 * which are the credit code since 2015.
 */
public final class CreditCodeValidator {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodeValidator() {
    }

    /** Upper-cased, full-width folded, spaces removed. */
    public static String normalise(String raw) {
        return TextNormaliser.compact(raw).toUpperCase(Locale.ROOT);
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not a credit-code character");
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** What is wrong with the code; empty when valid. */
    public static List<String> problems(String raw) {
        String code = normalise(raw);
        List<String> problems = new ArrayList<>();
        if (code.length() != 18) {
            problems.add("'" + raw + "' is not an 18-character unified social credit code");
            return problems;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                problems.add("Credit code " + code + " contains '" + code.charAt(i)
                        + "', which GB 32100 does not use");
                return problems;
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            problems.add("Credit code " + code + " fails the GB 32100 check character (expected " + expected + ")");
        }
        return problems;
    }

    public static boolean isValid(String raw) {
        return problems(raw).isEmpty();
    }
}
