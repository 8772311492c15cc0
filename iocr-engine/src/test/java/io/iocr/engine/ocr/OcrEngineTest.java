package io.iocr.engine.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import io.iocr.engine.SharedOcr;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcrEngineTest {

    @Test
    void readsEveryLineOfARenderedImageExactlyNfkcNormalisedInReadingOrder() {
        BufferedImage image = render(900, 300, 0, "发票号码：3321192130", "开票日期：2019年08月28日", "价税合计（小写）￥360.00");

        List<TextLine> lines = SharedOcr.get().read(image);

        assertThat(lines).extracting(TextLine::text)
                .containsExactly("发票号码:3321192130", "开票日期:2019年08月28日", "价税合计(小写)¥360.00");
        assertThat(lines).allSatisfy(line -> assertThat(line.score()).isGreaterThan(0.9f));
    }

    @Test
    void placesEachLineWhereItWasDrawn() {
        BufferedImage image = render(900, 300, 0, "发票号码：3321192130", "开票日期：2019年08月28日", "价税合计（小写）￥360.00");

        List<TextLine> lines = SharedOcr.get().read(image);

        // drawn at x=60 with baselines 80, 160, 240 in a 30 px font
        for (int i = 0; i < lines.size(); i++) {
            Quad q = lines.get(i).quad();
            assertThat(q.minX()).isBetween(45f, 75f);
            assertThat(q.minY()).isBetween(80f * (i + 1) - 40, 80f * (i + 1) - 15);
            assertThat(q.maxY()).isBetween(80f * (i + 1), 80f * (i + 1) + 15);
        }
    }

    @Test
    void readsLinesNarrowedForSpeedAsItReadsThemAtFullWidth() {
        BufferedImage image = render(900, 300, 0, "纳税人识别号：91330106673959654P", "校验码：66327927069850089277",
                "名称：北京东方数据股份有限公司");
        OcrConfig fullWidth = OcrConfig.ofDefaults().withRecognition(OcrConfig.ofDefaults().recognition()
                .withWidthScale(1.0));

        assertThat(SharedOcr.get().config().recognition().widthScale()).isEqualTo(0.85);
        try (OcrEngine unnarrowed = new OcrEngine(fullWidth)) {
            assertThat(SharedOcr.get().read(image)).extracting(TextLine::text)
                    .containsExactly("纳税人识别号:91330106673959654P", "校验码:66327927069850089277",
                            "名称:北京东方数据股份有限公司")
                    .isEqualTo(unnarrowed.read(image).stream().map(TextLine::text).toList());
        }
    }

    @Test
    void readsTextTurnedUpsideDownWhenTheDirectionClassifierIsOn() {
        BufferedImage image = render(700, 200, 180, "纳税人识别号：91330106673959654P");

        try (OcrEngine withClassifier = new OcrEngine(OcrConfig.ofDefaults().withClassifier(true))) {
            assertThat(withClassifier.read(image)).extracting(TextLine::text)
                    .containsExactly("纳税人识别号:91330106673959654P");
        }
    }

    @Test
    void findsNothingOnABlankPage() {
        assertThat(SharedOcr.get().read(render(400, 300, 0))).isEmpty();
    }

    static BufferedImage render(int w, int h, double rotation, String... lines) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.rotate(Math.toRadians(rotation), w / 2.0, h / 2.0);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font("Noto Sans CJK SC", Font.PLAIN, 30));
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 60, 80 + i * 80);
        }
        g.dispose();
        return image;
    }
}
