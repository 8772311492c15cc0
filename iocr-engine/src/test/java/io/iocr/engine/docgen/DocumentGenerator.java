package io.iocr.engine.docgen;

import io.iocr.mapping.normalise.CreditCodeValidator;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Renders synthetic documents on the national layouts (VAT invoice, ID card front and back, business licence,
 * driver's and vehicle licences, bank card) with Java2D and Debian's Noto CJK fonts, each with its ground truth
 * in the engine's output form. Deterministic for a given seed. Shared by tests and benchmarks.
 */
public final class DocumentGenerator {

    public static final List<String> KINDS = List.of("multiple_invoice", "id_card_front", "id_card_back",
            "biz_license", "driver_license", "vehicle_license", "bank_card");

    private static final String SANS = "Noto Sans CJK SC";
    private static final String SERIF = "Noto Serif CJK SC";
    private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    private static final Color BROWN = new Color(0x8b, 0x45, 0x13);
    private static final Color LABEL_BLUE = new Color(0x2a, 0x5c, 0xaa);

    private static final String[] SURNAMES = {"张", "王", "李", "赵", "陈", "刘", "杨", "黄", "周", "吴", "徐", "孙", "马", "朱"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛",
            "明", "超", "秀英", "建国", "晓东", "海燕", "志强", "文博", "子涵", "雨欣"};
    private static final String[] PINYIN_SURNAMES = {"ZHANG", "WANG", "LI", "ZHAO", "CHEN", "LIU", "YANG", "HUANG"};
    private static final String[] PINYIN_GIVEN = {"WEI", "FANG", "NA", "MIN", "JING", "QIANG", "LEI", "JUN", "YANG"};
    private static final String[] NATIONS = {"汉", "回", "满", "壮", "苗", "蒙古"};
    private static final String[] CITIES = {"北京市海淀区", "上海市浦东新区", "杭州市西湖区", "广州市天河区", "成都市武侯区",
            "南京市鼓楼区", "武汉市洪山区", "西安市雁塔区"};
    private static final String[] ROADS = {"中关村大街", "学院路", "文三路", "人民路", "建设路", "解放路", "科技园路", "长江路"};
    private static final String[] COMPANY_PREFIX = {"百度在线", "阿里云计算", "华信科技", "东方数据", "长城软件", "星河信息",
            "蓝海电子", "天成智能"};
    private static final String[] COMPANY_SUFFIX = {"网络技术(北京)有限公司", "有限公司", "科技有限公司", "股份有限公司",
            "技术服务有限公司"};
    private static final String[] BANKS = {"招商银行", "中国工商银行", "中国建设银行", "中国银行", "交通银行", "中国农业银行"};
    private static final String[] GOODS = {"*信息技术服务*软件服务费", "*办公用品*打印纸", "*计算机设备*笔记本电脑",
            "*现代服务*技术咨询费", "*电子元件*存储卡", "*餐饮服务*餐费"};
    private static final String[] UNITS = {"次", "箱", "台", "项", "个", "份"};
    private static final String[] SCOPE = {"技术开发、技术咨询、技术服务;", "计算机系统服务;", "软件开发;", "数据处理;",
            "销售电子产品、计算机软硬件;", "会议服务;", "企业管理咨询;"};
    private static final String[] AUTHORITIES = {"北京市公安局海淀分局", "上海市公安局浦东分局", "杭州市公安局西湖分局",
            "广州市公安局天河分局"};
    private static final String[] PLATE_PREFIX = {"京A", "沪B", "浙A", "粤B", "川A", "苏A"};
    private static final String[] BRANDS = {"大众汽车牌SVW7182", "丰田牌TV7250", "本田牌HG7150", "别克牌SGM7151"};

    private DocumentGenerator() {
    }

    public static GeneratedDocument generate(String kind, Random random) {
        return switch (kind) {
            case "multiple_invoice" -> invoice(random);
            case "id_card_front" -> idCardFront(random);
            case "id_card_back" -> idCardBack(random);
            case "biz_license" -> bizLicense(random);
            case "driver_license" -> driverLicense(random);
            case "vehicle_license" -> vehicleLicense(random);
            case "bank_card" -> bankCard(random);
            default -> throw new IllegalArgumentException("Unknown document kind " + kind);
        };
    }

    // --- invoice -------------------------------------------------------------------------------------------

    public static GeneratedDocument invoice(Random r) {
        int w = 1600;
        int h = 1000;
        Canvas c = new Canvas(w, h, new Color(0xfd, 0xfb, 0xf5));
        Map<String, List<String>> truth = new LinkedHashMap<>();
        boolean special = r.nextBoolean();
        String title = pick(r, new String[] {"北京", "上海", "浙江", "广东"}) + (special ? "增值税专用发票" : "增值税普通发票");
        String code = digits(r, 10);
        String number = digits(r, 8);
        String date = date(r, 2018, 2025);
        c.text(title, 560, 80, SERIF, Font.BOLD, 44, BROWN);
        c.g.setColor(BROWN);
        c.g.drawLine(560, 96, 1000, 96);
        c.labelValue("发票代码:", code, 1130, 60, 22, 24);
        c.labelValue("发票号码:", number, 1130, 98, 22, 24);
        c.labelValue("开票日期:", cnDate(date), 1130, 136, 22, 24);
        put(truth, "发票代码", code);
        put(truth, "发票号码", number);
        put(truth, "开票日期", cnDate(date));
        if (!special) {
            String check = digits(r, 5) + " " + digits(r, 5) + " " + digits(r, 5) + " " + digits(r, 5);
            c.labelValue("校验码:", check, 1130, 174, 22, 24);
            put(truth, "校验码", check);
        }
        c.g.setColor(BROWN);
        c.g.setStroke(new BasicStroke(2));
        c.g.drawRect(50, 200, 1500, 740);
        c.g.drawLine(50, 340, 1550, 340);
        c.g.drawLine(50, 680, 1550, 680);
        c.g.drawLine(50, 725, 1550, 725);
        c.g.drawLine(50, 770, 1550, 770);
        c.g.drawLine(880, 200, 880, 340);
        c.g.drawLine(880, 770, 880, 940);

        String[][] parties = {party(r), party(r)};
        int[] partyY = {235, 805};
        for (int p = 0; p < 2; p++) {
            String[] labels = {"名    称:", "纳税人识别号:", "地址、电话:", "开户行及账号:"};
            String[] keys = {"名称", "纳税人识别号", "地址、电话", "开户行及账号"};
            for (int i = 0; i < 4; i++) {
                c.text(labels[i], 70, partyY[p] + i * 32, SANS, Font.PLAIN, 21, BROWN);
                c.text(parties[p][i], 250, partyY[p] + i * 32, SANS, Font.PLAIN, 22, INK);
            }
        }
        for (int p = 0; p < 2; p++) {
            for (int i = 0; i < 4; i++) {
                put(truth, new String[] {"名称", "纳税人识别号", "地址、电话", "开户行及账号"}[i], parties[p][i]);
            }
        }
        c.text("密码区", 900, 235, SANS, Font.PLAIN, 20, BROWN);
        for (int i = 0; i < 4; i++) {
            c.text(cipher(r), 1000, 235 + i * 30, SANS, Font.PLAIN, 20, INK);
        }

        String[] columns = {"货物或应税劳务、服务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额"};
        int[] centres = {200, 520, 650, 760, 890, 1060, 1210, 1390};
        for (int i = 0; i < columns.length; i++) {
            c.centred(columns[i], centres[i], 372, SANS, Font.PLAIN, 21, BROWN);
        }
        int items = 1 + r.nextInt(3);
        int rate = r.nextBoolean() ? 6 : 13;
        long totalAmount = 0;
        long totalTax = 0;
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            int quantity = 1 + r.nextInt(9);
            long unitCents = 1000 + r.nextInt(90000);
            long amount = unitCents * quantity;
            long tax = Math.round(amount * rate / 100.0);
            totalAmount += amount;
            totalTax += tax;
            String[] cells = {pick(r, GOODS), r.nextBoolean() ? "" : "A" + (100 + r.nextInt(900)), pick(r, UNITS),
                    Integer.toString(quantity), money(unitCents), money(amount), rate + "%", money(tax)};
            int y = 412 + i * 40;
            c.text(cells[0], 70, y, SANS, Font.PLAIN, 22, INK);
            for (int k = 1; k < cells.length; k++) {
                if (!cells[k].isEmpty()) {
                    c.centred(cells[k], centres[k], y, SANS, Font.PLAIN, 22, INK);
                }
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int k = 0; k < columns.length; k++) {
                row.put(columns[k], cells[k]);
            }
            rows.add(row);
        }
        c.text("合    计", 150, 712, SANS, Font.PLAIN, 22, BROWN);
        c.centred("¥" + money(totalAmount), centres[5], 712, SANS, Font.PLAIN, 22, INK);
        c.centred("¥" + money(totalTax), centres[7], 712, SANS, Font.PLAIN, 22, INK);
        put(truth, "合计金额", "¥" + money(totalAmount));
        put(truth, "合计税额", "¥" + money(totalTax));
        long grand = totalAmount + totalTax;
        c.text("价税合计(大写)", 70, 757, SANS, Font.PLAIN, 21, BROWN);
        c.text(ChineseAmount.of(grand), 420, 757, SANS, Font.PLAIN, 23, INK);
        c.text("(小写)¥" + money(grand), 1100, 757, SANS, Font.PLAIN, 23, INK);
        put(truth, "价税合计(大写)", ChineseAmount.of(grand));
        put(truth, "价税合计(小写)", "¥" + money(grand));
        String remark = r.nextBoolean() ? "订单号" + digits(r, 8) : "项目编号" + digits(r, 6);
        c.text("备注", 900, 805, SANS, Font.PLAIN, 21, BROWN);
        c.text(remark, 1000, 805, SANS, Font.PLAIN, 22, INK);
        put(truth, "备注", remark);
        String payee = name(r);
        String checker = name(r);
        String drawer = name(r);
        c.labelValue("收款人:", payee, 70, 975, 21, 22);
        c.labelValue("复核:", checker, 480, 975, 21, 22);
        c.labelValue("开票人:", drawer, 880, 975, 21, 22);
        c.text("销售方:(章)", 1250, 975, SANS, Font.PLAIN, 21, BROWN);
        put(truth, "收款人", payee);
        put(truth, "复核", checker);
        put(truth, "开票人", drawer);
        String docType = special ? "增值税专用发票" : "增值税普通发票";
        return new GeneratedDocument("invoice", "multiple_invoice", docType, c.done(), truth, rows);
    }

    // --- ID card --------------------------------------------------------------------------------------------

    public static GeneratedDocument idCardFront(Random r) {
        Canvas c = card(new Color(0xf4, 0xf1, 0xe8));
        Map<String, List<String>> truth = new LinkedHashMap<>();
        String name = name(r);
        String sex = r.nextBoolean() ? "男" : "女";
        String nation = pick(r, NATIONS);
        int year = 1960 + r.nextInt(45);
        int month = 1 + r.nextInt(12);
        int day = 1 + r.nextInt(28);
        String address = address(r);
        String id = idNumber(r, year, month, day, sex);
        c.cardLabel("姓名", 70, 110);
        c.text(name, 170, 110, SANS, Font.PLAIN, 30, INK);
        c.cardLabel("性别", 70, 175);
        c.text(sex, 170, 175, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("民族", 300, 175);
        c.text(nation, 400, 175, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("出生", 70, 240);
        c.text(Integer.toString(year), 170, 240, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("年", 255, 240);
        c.text(Integer.toString(month), 300, 240, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("月", 345, 240);
        c.text(Integer.toString(day), 390, 240, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("日", 435, 240);
        c.cardLabel("住址", 70, 305);
        List<String> addressLines = wrap(address, 12);
        for (int i = 0; i < addressLines.size(); i++) {
            c.text(addressLines.get(i), 170, 305 + i * 42, SANS, Font.PLAIN, 28, INK);
        }
        c.cardLabel("公民身份号码", 70, 480);
        c.text(id, 300, 480, "Noto Sans Mono CJK SC", Font.PLAIN, 32, INK);
        photo(c, 610, 80);
        put(truth, "姓名", name);
        put(truth, "性别", sex);
        put(truth, "民族", nation);
        put(truth, "出生", String.format(Locale.ROOT, "%04d%02d%02d", year, month, day));
        put(truth, "住址", address);
        put(truth, "公民身份号码", id);
        return new GeneratedDocument("id_card_front", "id_card_front", "身份证正面", c.done(), truth, List.of());
    }

    public static GeneratedDocument idCardBack(Random r) {
        Canvas c = card(new Color(0xee, 0xf2, 0xf4));
        c.g.setColor(new Color(0xc8, 0x1e, 0x1e));
        c.g.fillOval(70, 50, 130, 130);
        c.g.setColor(new Color(0xf0, 0xc0, 0x40));
        c.g.fillOval(105, 85, 60, 60);
        c.text("中华人民共和国", 300, 120, SERIF, Font.BOLD, 40, INK);
        c.text("居民身份证", 320, 210, SERIF, Font.BOLD, 56, INK);
        String authority = pick(r, AUTHORITIES);
        String start = date(r, 2010, 2022);
        String end = r.nextInt(5) == 0 ? "长期" : (Integer.parseInt(start.substring(0, 4)) + (r.nextBoolean() ? 10 : 20))
                + start.substring(4);
        c.cardLabel("签发机关", 150, 400);
        c.text(authority, 300, 400, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("有效期限", 150, 465);
        c.text(dotted(start) + "-" + (end.equals("长期") ? "长期" : dotted(end)), 300, 465, SANS, Font.PLAIN, 28, INK);
        Map<String, List<String>> truth = new LinkedHashMap<>();
        put(truth, "签发机关", authority);
        put(truth, "签发日期", start);
        put(truth, "失效日期", end);
        return new GeneratedDocument("id_card_back", "id_card_back", "身份证反面", c.done(), truth, List.of());
    }

    // --- licences --------------------------------------------------------------------------------------------

    public static GeneratedDocument bizLicense(Random r) {
        Canvas c = new Canvas(1400, 960, new Color(0xfb, 0xf8, 0xf0));
        c.g.setColor(new Color(0xb0, 0x30, 0x20));
        c.g.setStroke(new BasicStroke(6));
        c.g.drawRect(30, 30, 1340, 900);
        c.centred("营业执照", 700, 150, SERIF, Font.BOLD, 72, new Color(0xb0, 0x30, 0x20));
        String credit = creditCode("91" + digits(r, 6) + "MA" + alnum(r, 7));
        String[] company = party(r);
        String type = pick(r, new String[] {"有限责任公司(自然人投资或控股)", "股份有限公司(非上市)", "有限责任公司(法人独资)"});
        String legal = name(r);
        String capital = pick(r, new String[] {"壹佰万元整", "伍佰万元整", "壹仟万元整", "贰佰万元整"});
        String founded = cnDate(date(r, 2000, 2022));
        String validity = "长期";
        StringBuilder scope = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            scope.append(SCOPE[r.nextInt(SCOPE.length)]);
        }
        String address = address(r);
        String authority = pick(r, CITIES) + "市场监督管理局";
        c.labelValue("统一社会信用代码", credit, 90, 240, 26, 28);
        int lx = 90;
        int vx = 260;
        c.text("名        称", lx, 380, SANS, Font.PLAIN, 26, INK);
        c.text(company[0], vx, 380, SANS, Font.PLAIN, 26, INK);
        c.text("类        型", lx, 440, SANS, Font.PLAIN, 26, INK);
        c.text(type, vx, 440, SANS, Font.PLAIN, 26, INK);
        c.text("法定代表人", lx, 500, SANS, Font.PLAIN, 26, INK);
        c.text(legal, vx, 500, SANS, Font.PLAIN, 26, INK);
        c.text("经营范围", lx, 560, SANS, Font.PLAIN, 26, INK);
        List<String> scopeLines = wrap(scope.toString(), 16);
        for (int i = 0; i < scopeLines.size(); i++) {
            c.text(scopeLines.get(i), vx, 560 + i * 40, SANS, Font.PLAIN, 26, INK);
        }
        int rx = 780;
        int rvx = 930;
        c.text("注册资本", rx, 380, SANS, Font.PLAIN, 26, INK);
        c.text(capital, rvx, 380, SANS, Font.PLAIN, 26, INK);
        c.text("成立日期", rx, 440, SANS, Font.PLAIN, 26, INK);
        c.text(founded, rvx, 440, SANS, Font.PLAIN, 26, INK);
        c.text("营业期限", rx, 500, SANS, Font.PLAIN, 26, INK);
        c.text(founded + "至" + validity, rvx, 500, SANS, Font.PLAIN, 26, INK);
        c.text("住        所", rx, 560, SANS, Font.PLAIN, 26, INK);
        List<String> addressLines = wrap(address, 14);
        for (int i = 0; i < addressLines.size(); i++) {
            c.text(addressLines.get(i), rvx, 560 + i * 40, SANS, Font.PLAIN, 26, INK);
        }
        c.text("登记机关", rx, 850, SANS, Font.PLAIN, 26, INK);
        c.text(authority, rvx, 850, SANS, Font.PLAIN, 26, INK);
        Map<String, List<String>> truth = new LinkedHashMap<>();
        put(truth, "社会信用代码", credit);
        put(truth, "单位名称", company[0]);
        put(truth, "类型", type);
        put(truth, "法人", legal);
        put(truth, "注册资本", capital);
        put(truth, "成立日期", founded);
        put(truth, "有效期", validity);
        put(truth, "地址", address);
        put(truth, "经营范围", scope.toString());
        put(truth, "登记机关", authority);
        return new GeneratedDocument("biz_license", "biz_license", "营业执照", c.done(), truth, List.of());
    }

    public static GeneratedDocument driverLicense(Random r) {
        Canvas c = new Canvas(880, 600, new Color(0xf0, 0xf4, 0xee));
        c.text("中华人民共和国机动车驾驶证", 150, 70, SERIF, Font.BOLD, 36, INK);
        String sex = r.nextBoolean() ? "男" : "女";
        int year = 1960 + r.nextInt(40);
        int month = 1 + r.nextInt(12);
        int day = 1 + r.nextInt(28);
        String id = idNumber(r, year, month, day, sex);
        String name = name(r);
        String address = address(r);
        String birth = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        String first = date(r, 2000, 2015);
        String klass = pick(r, new String[] {"C1", "C2", "B2", "A1"});
        String start = (Integer.parseInt(first.substring(0, 4)) + 6) + first.substring(4);
        String end = (Integer.parseInt(start.substring(0, 4)) + 10) + start.substring(4);
        c.cardLabel("证号", 50, 135);
        c.text(id, 150, 135, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("姓名", 50, 195);
        c.text(name, 150, 195, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("性别", 400, 195);
        c.text(sex, 480, 195, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("国籍", 580, 195);
        c.text("中国", 660, 195, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("住址", 50, 255);
        List<String> lines = wrap(address, 14);
        for (int i = 0; i < lines.size(); i++) {
            c.text(lines.get(i), 150, 255 + i * 40, SANS, Font.PLAIN, 26, INK);
        }
        c.cardLabel("出生日期", 50, 360);
        c.text(birth, 200, 360, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("初次领证日期", 50, 420);
        c.text(dashed(first), 250, 420, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("准驾车型", 50, 480);
        c.text(klass, 200, 480, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("有效期限", 50, 545);
        c.text(dashed(start) + " 至 " + dashed(end), 200, 545, SANS, Font.PLAIN, 28, INK);
        photo(c, 660, 280);
        Map<String, List<String>> truth = new LinkedHashMap<>();
        put(truth, "证号", id);
        put(truth, "姓名", name);
        put(truth, "性别", sex);
        put(truth, "国籍", "中国");
        put(truth, "住址", address);
        put(truth, "出生日期", birth.replace("-", ""));
        put(truth, "初次领证日期", first);
        put(truth, "准驾车型", klass);
        put(truth, "有效起始日期", start);
        put(truth, "有效期限", end);
        return new GeneratedDocument("driver_license", "driver_license", "驾驶证正页", c.done(), truth, List.of());
    }

    public static GeneratedDocument vehicleLicense(Random r) {
        Canvas c = new Canvas(880, 600, new Color(0xf2, 0xf2, 0xf6));
        c.text("中华人民共和国机动车行驶证", 150, 70, SERIF, Font.BOLD, 36, INK);
        String plate = pick(r, PLATE_PREFIX) + alnum(r, 5);
        String type = pick(r, new String[] {"小型轿车", "小型普通客车", "小型越野客车"});
        String owner = r.nextBoolean() ? name(r) : party(r)[0];
        String address = address(r);
        String use = pick(r, new String[] {"非营运", "营运", "租赁"});
        String brand = pick(r, BRANDS);
        String vin = "L" + alnum(r, 16);
        String engine = alnum(r, 3) + digits(r, 6);
        String registered = date(r, 2010, 2024);
        String issued = registered;
        c.cardLabel("号牌号码", 40, 135);
        c.text(plate, 170, 135, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("车辆类型", 460, 135);
        c.text(type, 590, 135, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("所有人", 40, 195);
        c.text(owner, 170, 195, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("住址", 40, 255);
        c.text(address, 170, 255, SANS, Font.PLAIN, 26, INK);
        c.cardLabel("使用性质", 40, 315);
        c.text(use, 170, 315, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("品牌型号", 460, 315);
        c.text(brand, 590, 315, SANS, Font.PLAIN, 26, INK);
        c.cardLabel("车辆识别代号", 40, 375);
        c.text(vin, 240, 375, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("发动机号码", 40, 435);
        c.text(engine, 220, 435, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("注册日期", 40, 495);
        c.text(dashed(registered), 170, 495, SANS, Font.PLAIN, 28, INK);
        c.cardLabel("发证日期", 460, 495);
        c.text(dashed(issued), 590, 495, SANS, Font.PLAIN, 28, INK);
        Map<String, List<String>> truth = new LinkedHashMap<>();
        put(truth, "号牌号码", plate);
        put(truth, "车辆类型", type);
        put(truth, "所有人", owner);
        put(truth, "住址", address);
        put(truth, "使用性质", use);
        put(truth, "品牌型号", brand);
        put(truth, "车辆识别代号", vin);
        put(truth, "发动机号码", engine);
        put(truth, "注册日期", registered);
        put(truth, "发证日期", issued);
        return new GeneratedDocument("vehicle_license", "vehicle_license", "行驶证正页", c.done(), truth, List.of());
    }

    public static GeneratedDocument bankCard(Random r) {
        Canvas c = card(new Color(0xe8, 0xee, 0xf8));
        String bank = pick(r, BANKS);
        boolean credit = r.nextBoolean();
        String number = "62" + digits(r, 14);
        String grouped = number.replaceAll("(.{4})(?!$)", "$1 ");
        String valid = String.format(Locale.ROOT, "%02d/%02d", 1 + r.nextInt(12), 26 + r.nextInt(10));
        String holder = pick(r, PINYIN_SURNAMES) + " " + pick(r, PINYIN_GIVEN);
        c.text(bank, 60, 90, SERIF, Font.BOLD, 44, new Color(0xa0, 0x10, 0x10));
        c.text(credit ? "信用卡" : "储蓄卡", 660, 90, SANS, Font.PLAIN, 30, INK);
        c.g.setColor(new Color(0xd4, 0xaf, 0x37));
        c.g.fillRoundRect(80, 170, 110, 80, 14, 14);
        c.text(grouped, 70, 340, "Noto Sans Mono CJK SC", Font.BOLD, 46, INK);
        c.text("VALID THRU", 300, 410, SANS, Font.PLAIN, 16, INK);
        c.text(valid, 420, 412, SANS, Font.PLAIN, 28, INK);
        c.text(holder, 70, 475, SANS, Font.PLAIN, 30, INK);
        c.text("银联", 700, 470, SANS, Font.BOLD, 32, new Color(0x10, 0x60, 0x90));
        Map<String, List<String>> truth = new LinkedHashMap<>();
        put(truth, "银行卡号", grouped);
        put(truth, "有效期", valid);
        put(truth, "银行名称", bank);
        put(truth, "银行卡类型", credit ? "贷记卡" : "借记卡");
        put(truth, "持卡人", holder);
        return new GeneratedDocument("bank_card", "bank_card", "银行卡", c.done(), truth, List.of());
    }

    // --- drawing ---------------------------------------------------------------------------------------------

    private static final class Canvas {
        final BufferedImage image;
        final Graphics2D g;

        Canvas(int w, int h, Color paper) {
            image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            g = image.createGraphics();
            g.setColor(paper);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        }

        void text(String s, int x, int y, String font, int style, int size, Color color) {
            g.setFont(new Font(font, style, size));
            g.setColor(color);
            g.drawString(s, x, y);
        }

        void centred(String s, int cx, int y, String font, int style, int size, Color color) {
            g.setFont(new Font(font, style, size));
            int width = g.getFontMetrics().stringWidth(s);
            text(s, cx - width / 2, y, font, style, size, color);
        }

        void labelValue(String label, String value, int x, int y, int labelSize, int valueSize) {
            text(label, x, y, SANS, Font.PLAIN, labelSize, BROWN);
            g.setFont(new Font(SANS, Font.PLAIN, labelSize));
            int lw = g.getFontMetrics().stringWidth(label);
            text(value, x + lw + labelSize / 2, y, SANS, Font.PLAIN, valueSize, INK);
        }

        void cardLabel(String label, int x, int y) {
            text(label, x, y, SANS, Font.PLAIN, 24, LABEL_BLUE);
        }

        BufferedImage done() {
            g.dispose();
            return image;
        }
    }

    private static Canvas card(Color paper) {
        Canvas c = new Canvas(856, 540, paper);
        c.g.setColor(new Color(paper.getRed() - 12, paper.getGreen() - 12, paper.getBlue() - 12));
        for (int x = -540; x < 856; x += 24) {
            c.g.drawLine(x, 540, x + 540, 0); // the guilloche-like background of real cards
        }
        return c;
    }

    private static void photo(Canvas c, int x, int y) {
        c.g.setColor(new Color(0xc8, 0xcc, 0xd4));
        c.g.fillRect(x, y, 190, 240);
        c.g.setColor(new Color(0x70, 0x78, 0x88));
        c.g.fillOval(x + 55, y + 40, 80, 100);
        c.g.fillRoundRect(x + 25, y + 150, 140, 90, 40, 40);
    }

    // --- data ------------------------------------------------------------------------------------------------

    private static String[] party(Random r) {
        String name = pick(r, COMPANY_PREFIX) + pick(r, COMPANY_SUFFIX);
        String taxId = creditCode("91" + digits(r, 6) + alnum(r, 9));
        String address = address(r) + " 0" + digits(r, 2) + "-" + digits(r, 8);
        String bank = pick(r, BANKS) + pick(r, new String[] {"北京分行", "杭州高新支行", "上海分行", "大屯路支行"})
                + digits(r, 15);
        return new String[] {name, taxId, address, bank};
    }

    private static String name(Random r) {
        return pick(r, SURNAMES) + pick(r, GIVEN);
    }

    private static String address(Random r) {
        return pick(r, CITIES) + pick(r, ROADS) + (1 + r.nextInt(200)) + "号" + (1 + r.nextInt(20)) + "号楼";
    }

    private static String idNumber(Random r, int year, int month, int day, String sex) {
        String body = "11010" + r.nextInt(10) + String.format(Locale.ROOT, "%04d%02d%02d", year, month, day)
                + digits(r, 2) + (sex.equals("男") ? 1 + 2 * r.nextInt(5) : 2 * r.nextInt(5));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static String cipher(Random r) {
        String chars = "0123456789+-*/<>";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 27; i++) {
            s.append(chars.charAt(r.nextInt(chars.length())));
        }
        return s.toString();
    }

    /** yyyyMMdd. */
    private static String date(Random r, int from, int to) {
        return String.format(Locale.ROOT, "%04d%02d%02d", from + r.nextInt(to - from + 1), 1 + r.nextInt(12),
                1 + r.nextInt(28));
    }

    private static String cnDate(String ymd) {
        return ymd.substring(0, 4) + "年" + ymd.substring(4, 6) + "月" + ymd.substring(6) + "日";
    }

    private static String dotted(String ymd) {
        return ymd.substring(0, 4) + "." + ymd.substring(4, 6) + "." + ymd.substring(6);
    }

    private static String dashed(String ymd) {
        return ymd.substring(0, 4) + "-" + ymd.substring(4, 6) + "-" + ymd.substring(6);
    }

    private static String money(long cents) {
        return String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
    }

    private static String digits(Random r, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + r.nextInt(10)));
        }
        return s.toString();
    }

    /** A valid unified social credit code: the first 17 characters plus their GB 32100 check character. */
    private static String creditCode(String first17) {
        return first17 + CreditCodeValidator.checkCharacter(first17);
    }

    /** Characters of GB 32100 (no I, O, S, V, Z), so generated codes are codes a real licence could carry. */
    private static String alnum(Random r, int n) {
        String chars = "ABCDEFGHJKLMNPQRTUWXY0123456789";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(chars.charAt(r.nextInt(chars.length())));
        }
        return s.toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < text.length(); i += width) {
            lines.add(text.substring(i, Math.min(text.length(), i + width)));
        }
        return lines;
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static void put(Map<String, List<String>> truth, String key, String value) {
        truth.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
}
