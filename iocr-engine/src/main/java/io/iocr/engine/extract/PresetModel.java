package io.iocr.engine.extract;

import static io.iocr.engine.extract.LabelledExtractor.Field;
import static io.iocr.engine.extract.LabelledExtractor.Kind.CODE;
import static io.iocr.engine.extract.LabelledExtractor.Kind.DATE;
import static io.iocr.engine.extract.LabelledExtractor.Kind.END;
import static io.iocr.engine.extract.LabelledExtractor.Kind.MULTILINE;
import static io.iocr.engine.extract.LabelledExtractor.Kind.PLATE;
import static io.iocr.engine.extract.LabelledExtractor.Kind.TEXT;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The preset models the engine extracts (docs/preset-keys.md): templateSign, the doc_type it reports and its
 * extractor. Any other templateSign is a custom model the engine cannot know; it answers doc_type 其他 with
 * every line in full_result.
 */
public enum PresetModel {
    INVOICE("multiple_invoice", "增值税发票", new InvoiceExtractor()),
    ID_CARD_FRONT("id_card_front", "身份证正面", new LabelledExtractor("身份证正面", List.of(
            Field.of("姓名", TEXT, "姓名"),
            Field.of("性别", TEXT, "性别"),
            Field.of("民族", TEXT, "民族"),
            Field.of("出生", DATE, "出生"),
            Field.of("住址", MULTILINE, "住址"),
            Field.of("公民身份号码", CODE, "公民身份号码")), List.of())),
    ID_CARD_BACK("id_card_back", "身份证反面", new LabelledExtractor("身份证反面", List.of(
            Field.of("签发机关", TEXT, "签发机关"),
            Field.range("签发日期", "失效日期", "有效期限")), List.of("中华人民共和国", "居民身份证"))),
    BIZ_LICENSE("biz_license", "营业执照", new LabelledExtractor("营业执照", List.of(
            Field.of("社会信用代码", CODE, "统一社会信用代码", "社会信用代码"),
            Field.of("单位名称", TEXT, "名称"),
            Field.of("类型", TEXT, "类型"),
            Field.of("法人", TEXT, "法定代表人", "负责人", "经营者"),
            Field.of("注册资本", TEXT, "注册资本"),
            Field.of("成立日期", TEXT, "成立日期"),
            Field.of("有效期", END, "营业期限", "有效期"),
            Field.of("地址", MULTILINE, "住所", "经营场所", "地址"),
            Field.of("经营范围", MULTILINE, "经营范围"),
            Field.of("登记机关", TEXT, "登记机关")), List.of("营业执照", "副本", "正本"))),
    DRIVER_LICENSE("driver_license", "驾驶证正页", new LabelledExtractor("驾驶证正页", List.of(
            Field.of("证号", CODE, "证号"),
            Field.of("姓名", TEXT, "姓名"),
            Field.of("性别", TEXT, "性别"),
            Field.of("国籍", TEXT, "国籍"),
            Field.of("住址", MULTILINE, "住址"),
            Field.of("出生日期", DATE, "出生日期"),
            Field.of("初次领证日期", DATE, "初次领证日期"),
            Field.of("准驾车型", CODE, "准驾车型"),
            Field.range("有效起始日期", "有效期限", "有效期限")), List.of("中华人民共和国机动车驾驶证"))),
    DRIVER_LICENSE_BACK("driver_license_back", "驾驶证副页", new LabelledExtractor("驾驶证副页", List.of(
            Field.of("证号", CODE, "证号"),
            Field.of("姓名", TEXT, "姓名"),
            Field.of("档案编号", CODE, "档案编号"),
            Field.of("记录", MULTILINE, "记录")), List.of("中华人民共和国机动车驾驶证副页"))),
    VEHICLE_LICENSE("vehicle_license", "行驶证正页", new LabelledExtractor("行驶证正页", List.of(
            Field.of("号牌号码", PLATE, "号牌号码"),
            Field.of("车辆类型", TEXT, "车辆类型"),
            Field.of("所有人", TEXT, "所有人"),
            Field.of("住址", MULTILINE, "住址"),
            Field.of("使用性质", TEXT, "使用性质"),
            Field.of("品牌型号", TEXT, "品牌型号"),
            Field.of("车辆识别代号", CODE, "车辆识别代号"),
            Field.of("发动机号码", CODE, "发动机号码"),
            Field.of("注册日期", DATE, "注册日期", "注册登记日期"),
            Field.of("发证日期", DATE, "发证日期")), List.of("中华人民共和国机动车行驶证"))),
    VEHICLE_LICENSE_BACK("vehicle_license_back", "行驶证副页", new LabelledExtractor("行驶证副页", List.of(
            Field.of("号牌号码", CODE, "号牌号码"),
            Field.of("档案编号", CODE, "档案编号"),
            Field.of("核定载人数", TEXT, "核定载人数"),
            Field.of("总质量", TEXT, "总质量"),
            Field.of("整备质量", TEXT, "整备质量"),
            Field.of("核定载质量", TEXT, "核定载质量"),
            Field.of("外廓尺寸", TEXT, "外廓尺寸"),
            Field.of("准牵引总质量", TEXT, "准牵引总质量"),
            Field.of("检验记录", MULTILINE, "检验记录")), List.of())),
    BANK_CARD("bank_card", "银行卡", new BankCardExtractor());

    private final String templateSign;
    private final String docType;
    private final Extractor extractor;

    PresetModel(String templateSign, String docType, Extractor extractor) {
        this.templateSign = templateSign;
        this.docType = docType;
        this.extractor = extractor;
    }

    public String templateSign() {
        return templateSign;
    }

    public String docType() {
        return docType;
    }

    Extractor extractor() {
        return extractor;
    }

    /**
     * The preset a templateSign names. Also accepts {@code vat_invoice} (the finance API's name for invoices) and
     * {@code id_card_font}, the spelling in the API document's own Python sample.
     */
    public static Optional<PresetModel> byTemplateSign(String templateSign) {
        if (templateSign == null) {
            return Optional.empty();
        }
        String sign = templateSign.trim().toLowerCase(Locale.ROOT);
        switch (sign) {
            case "vat_invoice", "vat_invoice_v2" -> {
                return Optional.of(INVOICE);
            }
            case "id_card_font" -> {
                return Optional.of(ID_CARD_FRONT);
            }
            default -> {
                for (PresetModel model : values()) {
                    if (model.templateSign.equals(sign)) {
                        return Optional.of(model);
                    }
                }
                return Optional.empty();
            }
        }
    }
}
