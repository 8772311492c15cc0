package io.iocr.engine.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iocr.engine.SharedOcr;
import io.iocr.engine.docgen.Degrader;
import io.iocr.engine.ocr.OcrEngineTestImages;
import io.iocr.engine.ocr.TextLine;
import io.iocr.engine.server.PdfSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader(144, 50);

    @Test
    void readsAPdfPageWithATextLayerWithoutOcrInPagePixels() {
        List<DocumentPage> pages = reader.pages(DocumentKind.PDF, PdfSamples.twoPagesWithTextLayerAndScan());

        assertThat(pages).hasSize(2);
        DocumentPage first = pages.get(0);
        assertThat(first.hasTextLayer()).isTrue();
        assertThat(first.textLayer()).extracting(TextLine::text).containsExactly("Invoice No 07285251", "Total 360.00");
        // A5 at 144 dpi: 419.5 × 595.3 pt → 839 × 1191 px; the text starts 40 pt from the left
        assertThat(first.width()).isEqualTo(839);
        assertThat(first.height()).isEqualTo(1191);
        assertThat(first.textLayer().get(0).quad().minX()).isBetween(78f, 82f);
    }

    @Test
    void rendersAPdfPageWithoutTextForOcr() {
        DocumentPage scanned = reader.pages(DocumentKind.PDF, PdfSamples.twoPagesWithTextLayerAndScan()).get(1);

        assertThat(scanned.hasTextLayer()).isFalse();
        assertThat(scanned.image().width()).isEqualTo(839);
        assertThat(SharedOcr.get().read(scanned.image())).extracting(TextLine::text).contains("发票号码:3321192130");
    }

    @Test
    void readsTheTextObjectsOfAnOfd() {
        byte[] ofd = OfdSamples.withText("发票号码:07285251", "价税合计(小写)¥360.00");

        List<DocumentPage> pages = reader.pages(DocumentKind.sniff(ofd), ofd);

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).textLayer()).extracting(TextLine::text)
                .containsExactly("发票号码:07285251", "价税合计(小写)¥360.00");
        // 210 mm at 144 dpi
        assertThat(pages.get(0).width()).isEqualTo(1191);
    }

    @Test
    void composesTheImagesOfAScannedOfdForOcr() {
        byte[] png = Degrader.png(OcrEngineTestImages.render(900, 300, "发票号码：3321192130"));
        byte[] ofd = OfdSamples.withImage(png);

        DocumentPage page = reader.pages(DocumentKind.OFD, ofd).get(0);

        assertThat(page.hasTextLayer()).isFalse();
        assertThat(SharedOcr.get().read(page.image())).extracting(TextLine::text).contains("发票号码:3321192130");
    }

    @Test
    void refusesACorruptPdfWithADocumentError() {
        assertThatThrownBy(() -> reader.pages(DocumentKind.PDF, "%PDF-1.7 garbage".getBytes()))
                .isInstanceOf(DocumentException.class);
    }

    @Test
    void tellsFileKindsByTheirBytesNotTheirNames() {
        assertThat(DocumentKind.sniff(Degrader.png(OcrEngineTestImages.render(40, 40)))).isEqualTo(DocumentKind.PNG);
        assertThat(DocumentKind.sniff(Degrader.jpeg(OcrEngineTestImages.render(40, 40), 0.8f)))
                .isEqualTo(DocumentKind.JPEG);
        assertThat(DocumentKind.sniff("hello".getBytes())).isNull();
        assertThat(DocumentKind.ofFileName("Scan.JPEG")).isEqualTo(DocumentKind.JPEG);
        assertThat(DocumentKind.ofFileName("noext")).isNull();
    }
}
