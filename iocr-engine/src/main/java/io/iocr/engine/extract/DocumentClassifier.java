package io.iocr.engine.extract;

import io.iocr.engine.ocr.TextLine;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells which preset a page is (the classifierId path) from the words every such document prints: an invoice
 * title, "公民身份号码", "签发机关", the licence titles, a card number with a bank's name. Pages matching none are
 * 其他.
 */
final class DocumentClassifier {

    private static final Pattern CARD_NUMBER = Pattern.compile("\\d{4}\\s?\\d{4}\\s?\\d{4}\\s?\\d{4}");

    Optional<PresetModel> classify(List<TextLine> lines) {
        StringBuilder all = new StringBuilder();
        for (TextLine line : lines) {
            all.append(Layout.squash(line.text())).append('\n');
        }
        String text = all.toString();
        if (text.contains("发票") && (text.contains("纳税人识别号") || text.contains("价税合计") || text.contains("开票日期"))) {
            return Optional.of(PresetModel.INVOICE);
        }
        if (text.contains("公民身份号码") || text.contains("公民身份号") && text.contains("住址")) {
            return Optional.of(PresetModel.ID_CARD_FRONT);
        }
        if (text.contains("签发机关") && (text.contains("居民身份证") || text.contains("有效期限"))) {
            return Optional.of(PresetModel.ID_CARD_BACK);
        }
        if (text.contains("营业执照") || text.contains("统一社会信用代码")) {
            return Optional.of(PresetModel.BIZ_LICENSE);
        }
        if (text.contains("驾驶证")) {
            return Optional.of(text.contains("准驾车型") || !text.contains("记录")
                    ? PresetModel.DRIVER_LICENSE : PresetModel.DRIVER_LICENSE_BACK);
        }
        if (text.contains("行驶证") || text.contains("车辆识别代号")) {
            return Optional.of(text.contains("核定载人数") && !text.contains("车辆识别代号")
                    ? PresetModel.VEHICLE_LICENSE_BACK : PresetModel.VEHICLE_LICENSE);
        }
        if (CARD_NUMBER.matcher(text).find() && (text.contains("银行") || text.contains("银联")
                || text.contains("UnionPay"))) {
            return Optional.of(PresetModel.BANK_CARD);
        }
        return Optional.empty();
    }
}
