package io.iocr.mapping.normalise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PRC resident ID numbers (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence
 * whose last digit is odd for men and even for women, and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public final class IdNumberValidator {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final Pattern SHAPE = Pattern.compile("\\d{17}[0-9X]");
    private static final Pattern LEGACY_SHAPE = Pattern.compile("\\d{15}");

    private IdNumberValidator() {
    }

    /** Upper-cased, full-width folded, spaces removed. */
    public static String normalise(String raw) {
        return TextNormaliser.compact(raw).toUpperCase(java.util.Locale.ROOT);
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17 || !first17.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("17 digits expected: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The birth date the number encodes, when it encodes a valid one (18 digits, or 15 with the 19xx century). */
    public static Optional<LocalDate> birthDate(String number) {
        String id = normalise(number);
        String yyyymmdd;
        if (SHAPE.matcher(id).matches()) {
            yyyymmdd = id.substring(6, 14);
        } else if (LEGACY_SHAPE.matcher(id).matches()) {
            yyyymmdd = "19" + id.substring(6, 12);
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "男" or "女" as the sequence code says, when the number has the right shape. */
    public static Optional<String> gender(String number) {
        String id = normalise(number);
        int position;
        if (SHAPE.matcher(id).matches()) {
            position = 16;
        } else if (LEGACY_SHAPE.matcher(id).matches()) {
            position = 14;
        } else {
            return Optional.empty();
        }
        return Optional.of((id.charAt(position) - '0') % 2 == 1 ? "男" : "女");
    }

    /** What is wrong with the number itself (shape, birth date, check character); empty when valid. */
    public static List<String> problems(String raw) {
        String id = normalise(raw);
        List<String> problems = new ArrayList<>();
        if (LEGACY_SHAPE.matcher(id).matches()) {
            problems.add("ID number " + id + " is a 15-digit first-generation number without a check digit");
            if (birthDate(id).isEmpty()) {
                problems.add("ID number " + id + " does not encode a valid birth date");
            }
            return problems;
        }
        if (!SHAPE.matcher(id).matches()) {
            problems.add("'" + raw + "' is not an 18-character ID number");
            return problems;
        }
        if (birthDate(id).filter(d -> !d.isAfter(LocalDate.now())).isEmpty()) {
            problems.add("ID number " + id + " does not encode a valid birth date");
        }
        char expected = checkCharacter(id.substring(0, 17));
        if (id.charAt(17) != expected) {
            problems.add("ID number " + id + " fails the GB 11643 check digit (expected " + expected + ")");
        }
        return problems;
    }

    public static boolean isValid(String raw) {
        return problems(raw).isEmpty() && SHAPE.matcher(normalise(raw)).matches();
    }
}
