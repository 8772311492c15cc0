package io.iocr.engine.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalisers for extracted values, written in the form Baidu's own APIs return. */
final class Values {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\D{0,2}?(\\d{1,2})\\D{0,2}?(\\d{1,2})");
    private static final Pattern RANGE = Pattern.compile(
            "(\\d{4}\\D{0,2}\\d{1,2}\\D{0,2}\\d{1,2})\\D*?(?:[-—~至到]+)\\s*(长期|\\d{4}\\D{0,2}\\d{1,2}\\D{0,2}\\d{1,2})");

    private Values() {
    }

    /** 1990年1月1日, 1990-01-01, 1990.01.01 → 19900101; anything else unchanged. */
    static String compactDate(String text) {
        Matcher m = DATE.matcher(Layout.squash(text));
        if (!m.find()) {
            return text;
        }
        return m.group(1) + pad(m.group(2)) + pad(m.group(3));
    }

    /** A validity range "2015.06.01-2035.06.01" / "2016-05-20至2026-05-20" / "...-长期" as {start, end}, or null. */
    static String[] range(String text) {
        Matcher m = RANGE.matcher(Layout.squash(text));
        if (!m.find()) {
            return null;
        }
        String end = m.group(2).equals("长期") ? "长期" : compactDate(m.group(2));
        return new String[] {compactDate(m.group(1)), end};
    }

    /**
     * A plate number: upper case without spaces. Plates never use the letters I and O, so an I read between the
     * province character and the authority letter (川IAB123, a stroke of 川 read as a letter) is dropped.
     */
    static String plate(String text) {
        String plate = upperNoSpace(text);
        if (plate.length() == 8 && plate.charAt(1) == 'I' && Character.isLetter(plate.charAt(2))
                && plate.charAt(0) >= 0x2E80) {
            return plate.charAt(0) + plate.substring(2);
        }
        return plate;
    }

    static String upperNoSpace(String text) {
        return Layout.squash(text).toUpperCase(java.util.Locale.ROOT);
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
