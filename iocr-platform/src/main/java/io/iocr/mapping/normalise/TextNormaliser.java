package io.iocr.mapping.normalise;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/** Text as OCR reads it: full-width forms folded (NFKC), whitespace collapsed, "no value" markers recognised. */
public final class TextNormaliser {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000\\u00A0]+");
    /** What documents print, or OCR returns, where a field has no value (Baidu's business licence uses 无). */
    private static final Set<String> NO_VALUE = Set.of("", "无", "-", "--", "---", "/", "——", "*");

    private TextNormaliser() {
    }

    /** NFKC (full-width letters, digits and punctuation become ASCII), trimmed, inner whitespace runs → one space. */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return WHITESPACE.matcher(folded).replaceAll(" ").trim();
    }

    /** {@link #normalise} with every space removed: for numbers, codes and amounts where OCR inserts stray spaces. */
    public static String compact(String raw) {
        return WHITESPACE.matcher(normalise(raw)).replaceAll("");
    }

    /** True when the text carries no value: blank, or a placeholder such as 无 or --. */
    public static boolean isNoValue(String raw) {
        return NO_VALUE.contains(compact(raw));
    }
}
