package io.iocr.engine.docgen;

/** An amount in Chinese financial capitals, as printed on invoices: 360.00 → 叁佰陆拾圆整. */
final class ChineseAmount {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] UNITS = {"", "拾", "佰", "仟"};
    private static final String[] SECTIONS = {"", "万", "亿"};

    private ChineseAmount() {
    }

    static String of(long cents) {
        long yuan = cents / 100;
        int jiao = (int) (cents / 10 % 10);
        int fen = (int) (cents % 10);
        StringBuilder out = new StringBuilder();
        if (yuan > 0) {
            out.append(integer(yuan)).append('圆');
        }
        if (jiao == 0 && fen == 0) {
            return out.append('整').toString();
        }
        if (jiao > 0) {
            out.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            out.append('零');
        }
        if (fen > 0) {
            out.append(DIGITS.charAt(fen)).append('分');
        }
        return out.toString();
    }

    private static String integer(long n) {
        StringBuilder out = new StringBuilder();
        int section = 0;
        boolean needZero = false;
        while (n > 0) {
            int part = (int) (n % 10000);
            StringBuilder s = new StringBuilder();
            boolean zero = false;
            for (int i = 3; i >= 0; i--) {
                int d = part / (int) Math.pow(10, i) % 10;
                if (d == 0) {
                    zero = s.length() > 0;
                } else {
                    if (zero) {
                        s.append('零');
                        zero = false;
                    }
                    s.append(DIGITS.charAt(d)).append(UNITS[i]);
                }
            }
            if (part > 0) {
                if (needZero) {
                    s.append('零');
                }
                out.insert(0, s + SECTIONS[section]);
            }
            needZero = part > 0 && part < 1000;
            n /= 10000;
            section++;
        }
        return out.toString();
    }
}
