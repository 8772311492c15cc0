package io.iocr.engine.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OcrEngineTest {

    private static OcrEngine engine;

    @BeforeAll
    static void loadModels() {
        engine = new OcrEngine(OcrConfig.ofDefaults());
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void readsEveryLineOfARenderedImageExactlyInReadingOrder() {
        BufferedImage image = render(900, 300, new String[] {"发票号码：3321192130", "开票日期：2019年08月28日",
                "价税合计（小写）￥360.00"});
        long t = System.nanoTime();
        List<TextLine> lines = engine.read(image);
        System.out.println("ms " + (System.nanoTime() - t) / 1e6);
        lines.forEach(l -> System.out.println(l));
        assertThat(lines).extracting(TextLine::text)
                .containsExactly("发票号码:3321192130", "开票日期:2019年08月28日", "价税合计(小写)¥360.00");
    }

    static BufferedImage render(int w, int h, String[] lines) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
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
