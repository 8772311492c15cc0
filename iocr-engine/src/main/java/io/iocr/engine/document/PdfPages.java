package io.iocr.engine.document;

import io.iocr.engine.ocr.PixelImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Every page of a PDF: the page's text layer where it has one (exact text, no OCR), otherwise the page rendered
 * at the configured resolution for OCR. Text-layer boxes are scaled to that same pixel space.
 */
final class PdfPages {

    private PdfPages() {
    }

    static List<DocumentPage> read(byte[] bytes, int dpi, int maxPages) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int count = Math.min(document.getNumberOfPages(), maxPages);
            PDFRenderer renderer = new PDFRenderer(document);
            List<DocumentPage> pages = new ArrayList<>(count);
            double scale = dpi / 72.0;
            for (int i = 0; i < count; i++) {
                var mediaBox = document.getPage(i).getCropBox();
                int width = (int) Math.round(mediaBox.getWidth() * scale);
                int height = (int) Math.round(mediaBox.getHeight() * scale);
                List<TextLayerLines.Fragment> fragments = textFragments(document, i + 1, scale);
                if (!fragments.isEmpty()) {
                    pages.add(DocumentPage.ofText(i + 1, TextLayerLines.join(fragments), width, height));
                } else {
                    var image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                    pages.add(DocumentPage.ofImage(i + 1, PixelImage.of(image)));
                }
            }
            return pages;
        } catch (IOException e) {
            throw new DocumentException("Cannot read the PDF: " + e.getMessage(), e);
        }
    }

    private static List<TextLayerLines.Fragment> textFragments(PDDocument document, int page, double scale)
            throws IOException {
        List<TextLayerLines.Fragment> fragments = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (positions.isEmpty() || text.isBlank()) {
                    return;
                }
                double left = Double.MAX_VALUE;
                double right = -Double.MAX_VALUE;
                double baseline = 0;
                double size = 0;
                for (TextPosition p : positions) {
                    left = Math.min(left, p.getXDirAdj());
                    right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                    baseline = Math.max(baseline, p.getYDirAdj());
                    size = Math.max(size, p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : p.getHeightDir());
                }
                fragments.add(new TextLayerLines.Fragment(text, left * scale, (baseline - size * 0.88) * scale,
                        right * scale, (baseline + size * 0.12) * scale));
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return fragments;
    }
}
