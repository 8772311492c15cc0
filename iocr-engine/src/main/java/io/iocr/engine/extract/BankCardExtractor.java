package io.iocr.engine.extract;

import io.iocr.engine.ocr.TextLine;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bank cards print no labels: the card number is the long digit run, the validity the MM/YY pair, the bank its
 * name, the holder the upper-case Latin line.
 */
final class BankCardExtractor implements Extractor {

    static final List<String> KEYS = List.of("银行卡号", "有效期", "银行名称", "银行卡类型", "持卡人");
    static final List<String> BANKS = List.of("中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "交通银行",
            "招商银行", "中国邮政储蓄银行", "兴业银行", "浦发银行", "中信银行", "中国光大银行", "华夏银行", "中国民生银行",
            "平安银行", "广发银行", "北京银行", "上海银行");
    private static final Pattern NUMBER = Pattern.compile("(?<!\\d)(\\d{4}\\s?\\d{4}\\s?\\d{4}\\s?\\d{4}(?:\\s?\\d{1,3})?)(?!\\d)");
    private static final Pattern VALID = Pattern.compile("(?<!\\d)(\\d{2})\\s?/\\s?(\\d{2})(?!\\d)");
    private static final Pattern HOLDER = Pattern.compile("^[A-Z]{2,}(?: ?[A-Z]{2,}){0,3}$");

    @Override
    public Extraction extract(List<TextLine> lines) {
        KvBuilder kv = new KvBuilder(KEYS);
        for (TextLine line : lines) {
            String text = line.text();
            Matcher number = NUMBER.matcher(text);
            if (!kv.has("银行卡号") && number.find()) {
                String digits = number.group(1).replaceAll("\\s", "");
                kv.add("银行卡号", String.join(" ", digits.split("(?<=\\G.{4})")), line.quad());
                continue;
            }
            Matcher valid = VALID.matcher(text);
            if (!kv.has("有效期") && valid.find()) {
                kv.add("有效期", valid.group(1) + "/" + valid.group(2), line.quad());
                continue;
            }
            String squashed = Layout.squash(text);
            for (String bank : BANKS) {
                if (!kv.has("银行名称") && squashed.contains(bank)) {
                    kv.add("银行名称", bank, line.quad());
                }
            }
            if (!kv.has("银行卡类型")) {
                if (squashed.contains("信用卡") || squashed.contains("贷记卡")) {
                    kv.add("银行卡类型", "贷记卡", line.quad());
                } else if (squashed.contains("借记卡") || squashed.contains("储蓄卡")) {
                    kv.add("银行卡类型", "借记卡", line.quad());
                }
            }
            if (!kv.has("持卡人") && HOLDER.matcher(text.strip()).matches() && !text.contains("VALID")
                    && !text.contains("THRU") && !text.contains("UNIONPAY")) {
                kv.add("持卡人", text.strip(), line.quad());
            }
        }
        return new Extraction("银行卡", kv.build());
    }
}
