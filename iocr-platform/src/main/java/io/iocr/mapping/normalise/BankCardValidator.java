package io.iocr.mapping.normalise;

import java.util.List;
import java.util.regex.Pattern;

/** Bank card numbers: 12 to 19 digits, printed in groups, with the Luhn (ISO/IEC 7812) check digit. */
public final class BankCardValidator {

    private static final Pattern SHAPE = Pattern.compile("\\d{12,19}");

    private BankCardValidator() {
    }

    /** Digits only: the groups' spaces removed. */
    public static String normalise(String raw) {
        return TextNormaliser.compact(raw).replace("-", "");
    }

    public static List<String> problems(String raw) {
        String number = normalise(raw);
        if (!SHAPE.matcher(number).matches()) {
            return List.of("'" + raw + "' is not a 12 to 19 digit card number");
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int d = number.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0 ? List.of() : List.of("Card number " + number + " fails the Luhn check digit");
    }
}
