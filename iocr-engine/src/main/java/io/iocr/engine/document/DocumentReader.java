package io.iocr.engine.document;

import io.iocr.engine.ocr.PixelImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;

/** Turns a submitted file into the pages to recognise. Stateless and thread-safe. */
public final class DocumentReader {

    private final int dpi;
    private final int maxPages;

    public DocumentReader(int dpi, int maxPages) {
        this.dpi = dpi;
        this.maxPages = maxPages;
    }

    public List<DocumentPage> pages(DocumentKind kind, byte[] bytes) {
        return switch (kind) {
            case PNG, JPEG, BMP -> List.of(DocumentPage.ofImage(1, PixelImage.of(decodeImage(bytes))));
            case PDF -> PdfPages.read(bytes, dpi, maxPages);
            case OFD -> OfdPages.read(bytes, dpi, maxPages);
        };
    }

    /**
     * Decodes from memory: {@code ImageIO.read(InputStream)} first copies the stream into a temporary file (its
     * default cache), which costs time per page and fails where the temporary directory is read-only.
     */
    public static BufferedImage decodeImage(byte[] bytes) {
        try {
            // ImageIO.read closes the stream it was given
            BufferedImage image = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)));
            if (image == null) {
                throw new DocumentException("The image cannot be decoded", null);
            }
            return image;
        } catch (IOException e) {
            throw new DocumentException("The image cannot be decoded: " + e.getMessage(), e);
        }
    }
}
