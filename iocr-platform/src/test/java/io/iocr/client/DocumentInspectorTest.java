package io.iocr.client;

import static io.iocr.client.TestDocuments.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DocumentInspectorTest {

    private final DocumentInspector inspector = new DocumentInspector();

    private IocrException refusal(SubmitRequest request) {
        IocrException e = catchThrowableOfType(() -> inspector.inspect(request), IocrException.class);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.category()).isEqualTo(ErrorCategory.INPUT);
        return e;
    }

    private static SubmitRequest doc(String name, byte[] bytes) {
        return SubmitRequest.ofTemplate(name, source(bytes), "vat_invoice");
    }

    @Test
    void choosesThePayloadFieldFromTheRealType() {
        assertThat(inspector.inspect(doc("a.png", TestDocuments.image("png", 40, 30))).payloadField()).isEqualTo("image");
        assertThat(inspector.inspect(doc("a.JPEG", TestDocuments.image("jpg", 40, 30))).type())
                .isEqualTo(DocumentType.JPEG);
        assertThat(inspector.inspect(doc("a.bmp", TestDocuments.image("bmp", 40, 30))).type())
                .isEqualTo(DocumentType.BMP);
        assertThat(inspector.inspect(doc("a.pdf", TestDocuments.pdf(100, 1))).payloadField()).isEqualTo("pdf_file");
        assertThat(inspector.inspect(doc("a.ofd", TestDocuments.ofd())).payloadField()).isEqualTo("ofd_file");
    }

    @Test
    void countsExactlyTheBase64ThenUrlEncodedLength() {
        byte[] pdf = TestDocuments.pdf(100_000, 5);
        String expected = URLEncoder.encode(Base64.getEncoder().encodeToString(pdf), StandardCharsets.UTF_8);

        assertThat(inspector.inspect(doc("a.pdf", pdf)).encodedLength()).isEqualTo(expected.length());
    }

    @Test
    void refusesAnEncodedSizeOverTenMegabytes() {
        // 7.5 MB of random bytes become about 10.6 MB after base64 and URL encoding.
        IocrException e = refusal(doc("big.pdf", TestDocuments.pdf(7_500_000, 2)));

        assertThat(e.getMessage()).contains("big.pdf").contains("too large").contains("10 MB");
    }

    @Test
    void acceptsADocumentJustUnderTheLimit() {
        assertThat(inspector.inspect(doc("ok.pdf", TestDocuments.pdf(7_000_000, 2))).encodedLength())
                .isLessThanOrEqualTo(DocumentInspector.MAX_ENCODED_BYTES);
    }

    @Test
    void refusesAnImageWithASideUnder15Pixels() {
        IocrException e = refusal(doc("strip.png", TestDocuments.image("png", 400, 10)));

        assertThat(e.getMessage()).contains("400×10 px").contains("at least 15 px");
    }

    @Test
    void refusesAnImageWithASideOver8192Pixels() {
        IocrException e = refusal(doc("banner.jpg", TestDocuments.image("jpg", 8200, 20)));

        assertThat(e.getMessage()).contains("8200×20 px").contains("at most 8192 px");
    }

    @Test
    void readsImageSizeFromTheHeaderWithoutDecodingPixels() {
        byte[] png = TestDocuments.image("png", 300, 200);
        // Keep the header and the first chunk only: a reader that decoded pixels would fail on the truncated data.
        byte[] headerOnly = java.util.Arrays.copyOf(png, 40);

        assertThat(inspector.inspect(doc("cut.png", headerOnly)).type()).isEqualTo(DocumentType.PNG);
    }

    @Test
    void refusesAFileNameWhoseExtensionDoesNotMatchTheContent() {
        IocrException e = refusal(doc("scan.png", TestDocuments.pdf(100, 1)));

        assertThat(e.getMessage()).contains("'scan.png' is named as a PNG image but its content is a PDF document")
                .contains("rename it to end in .pdf");
    }

    @Test
    void refusesAFileNameWithoutAnAcceptedExtension() {
        assertThat(refusal(doc("scan", TestDocuments.pdf(100, 1))).getMessage()).contains("extension");
        assertThat(refusal(doc("scan.tiff", TestDocuments.pdf(100, 1))).getMessage()).contains("extension");
    }

    @Test
    void refusesContentThatIsNoAcceptedFormat() {
        assertThat(refusal(doc("a.pdf", "hello, world".getBytes(StandardCharsets.UTF_8))).getMessage())
                .contains("not a format iOCR accepts");
    }

    @Test
    void refusesAZipThatIsNotAnOfdDocument() {
        assertThat(refusal(doc("a.ofd", TestDocuments.zip("word/document.xml", "<w/>"))).getMessage())
                .contains("without OFD.xml");
    }

    @Test
    void refusesEmptyContent() {
        assertThat(refusal(doc("a.png", new byte[0])).getMessage()).contains("empty");
    }

    @Test
    void refusesARequestWithNeitherTemplateNorClassifier() {
        IocrException e = refusal(new SubmitRequest("a.png", source(TestDocuments.image("png", 40, 30)), null, null,
                " "));

        assertThat(e.getMessage()).contains("templateSign").contains("classifierId");
    }

    @Test
    void refusesContentAndUrlTogetherAndNeither() {
        assertThat(refusal(new SubmitRequest("a.png", source(TestDocuments.image("png", 40, 30)),
                "https://x/a.png", "t", null)).getMessage()).contains("both");
        assertThat(refusal(new SubmitRequest("a.png", null, null, "t", null)).getMessage()).contains("nothing");
    }

    @Test
    void refusesAUrlForSomethingOtherThanAnImageOrTooLong() {
        assertThat(refusal(new SubmitRequest("a.pdf", null, "https://x/a.pdf", "t", null)).getMessage())
                .contains("only images");
        assertThat(refusal(new SubmitRequest("a.png", null, "https://x/" + "a".repeat(1100), "t", null))
                .getMessage()).contains("1024 bytes");
    }

    @Test
    void readsTheDocumentAsAStreamNeverWhole() throws IOException {
        byte[] pdf = TestDocuments.pdf(2_000_000, 4);
        AtomicInteger largestRead = new AtomicInteger();
        DocumentSource watched = () -> new InputStream() {
            private final InputStream in = new java.io.ByteArrayInputStream(pdf);

            @Override
            public int read() throws IOException {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                largestRead.accumulateAndGet(len, Math::max);
                return in.read(b, off, len);
            }
        };

        inspector.inspect(SubmitRequest.ofTemplate("a.pdf", watched, "t"));

        assertThat(largestRead.get()).isLessThanOrEqualTo(64 * 1024);
    }
}
