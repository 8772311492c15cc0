package io.iocr.engine.server;

import io.iocr.engine.ocr.OcrEngineTestImages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/** PDFs built with PDFBox for tests: a page with a text layer and a scanned page (an image, no text). */
public final class PdfSamples {

    private PdfSamples() {
    }

    public static byte[] twoPagesWithTextLayerAndScan() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage textPage = new PDPage(PDRectangle.A5);
            document.addPage(textPage);
            try (PDPageContentStream content = new PDPageContentStream(document, textPage)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(40, 500);
                content.showText("Invoice No 07285251");
                content.newLineAtOffset(0, -30);
                content.showText("Total 360.00");
                content.endText();
            }
            PDPage scanPage = new PDPage(PDRectangle.A5);
            document.addPage(scanPage);
            var image = LosslessFactory.createFromImage(document,
                    OcrEngineTestImages.render(900, 300, "发票号码：3321192130"));
            try (PDPageContentStream content = new PDPageContentStream(document, scanPage)) {
                content.drawImage(image, 20, 300, 380, 127);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
