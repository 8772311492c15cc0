package io.iocr.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a {@link SubmitRequest} against iOCR's documented limits before anything is sent, reading the
 * document as a stream (never whole): the real type from its magic bytes, an image's size in pixels from its
 * header (no pixels are decoded), and the exact size of the base64-then-urlencoded payload in a counting pass.
 * Every refusal is an {@link ErrorCategory#INPUT} {@link IocrException} that says what to change.
 */
public final class DocumentInspector {

    /** iOCR's limit on the payload after base64 and URL encoding ("不超过10M"). */
    public static final long MAX_ENCODED_BYTES = 10L * 1024 * 1024;
    public static final int MIN_SIDE_PX = 15;
    public static final int MAX_SIDE_PX = 8192;
    public static final int MAX_URL_BYTES = 1024;

    /** What the client sends, once the request passed every check. */
    public record Inspected(SubmitRequest request, DocumentType type, long encodedLength) {

        /** The form field carrying the document: image, pdf_file, ofd_file, or url. */
        public String payloadField() {
            return type == null ? "url" : type.formField();
        }
    }

    public Inspected inspect(SubmitRequest request) {
        String name = request.fileName();
        if (name.isBlank()) {
            throw IocrException.refused("The file name is empty; iOCR needs file_name with an extension matching "
                    + "the content (for example scan.pdf)");
        }
        if (blank(request.templateSign()) && blank(request.classifierId())) {
            throw IocrException.refused("Neither a model (templateSign) nor a project space (classifierId) was "
                    + "given for '" + name + "'; iOCR needs one of them");
        }
        if (request.source() != null && !blank(request.url())) {
            throw IocrException.refused("'" + name + "' was given both as content and as a URL; give one of them");
        }
        DocumentType claimed = DocumentType.ofFileName(name);
        if (request.source() == null) {
            return inspectUrl(request, claimed);
        }
        if (claimed == null) {
            throw IocrException.refused("'" + name + "' does not end in an extension iOCR accepts (.jpg, .jpeg, "
                    + ".png, .bmp, .pdf, .ofd); iOCR requires the file name's extension to match the content");
        }
        DocumentType actual = sniff(request);
        if (actual != claimed) {
            throw IocrException.refused("'" + name + "' is named as a " + claimed.label() + " but its content is a "
                    + actual.label() + "; rename it to end in ." + actual.preferredExtension()
                    + " (iOCR requires the file name's extension to match the content)");
        }
        if (actual.isImage()) {
            checkDimensions(request);
        }
        long encoded = encodedLength(request);
        return new Inspected(request, actual, encoded);
    }

    private static Inspected inspectUrl(SubmitRequest request, DocumentType claimed) {
        String url = request.url();
        if (blank(url)) {
            throw IocrException.refused("'" + request.fileName() + "' has no content and no URL; there is nothing "
                    + "to recognise");
        }
        if (url.getBytes(StandardCharsets.UTF_8).length > MAX_URL_BYTES) {
            throw IocrException.refused("The URL of '" + request.fileName() + "' is longer than iOCR's limit of "
                    + MAX_URL_BYTES + " bytes");
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw IocrException.refused("The URL of '" + request.fileName() + "' must start with http:// or https://");
        }
        if (claimed == null || !claimed.isImage()) {
            throw IocrException.refused("iOCR fetches only images (jpg, jpeg, png, bmp) by URL; '"
                    + request.fileName() + "' must name an image, or send the document's content instead");
        }
        return new Inspected(request, null, -1);
    }

    private static DocumentType sniff(SubmitRequest request) {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = request.source().open()) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw unreadable(request, e);
        }
        if (read == 0) {
            throw IocrException.refused("'" + request.fileName() + "' is empty; there is nothing to recognise");
        }
        if (read >= 3 && u(head[0]) == 0xFF && u(head[1]) == 0xD8 && u(head[2]) == 0xFF) {
            return DocumentType.JPEG;
        }
        if (read >= 8 && u(head[0]) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
                && head[4] == 0x0D && head[5] == 0x0A && head[6] == 0x1A && head[7] == 0x0A) {
            return DocumentType.PNG;
        }
        if (read >= 2 && head[0] == 'B' && head[1] == 'M') {
            return DocumentType.BMP;
        }
        if (read >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
            return DocumentType.PDF;
        }
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            if (hasOfdRoot(request)) {
                return DocumentType.OFD;
            }
            throw IocrException.refused("'" + request.fileName() + "' is a ZIP archive without OFD.xml, not an OFD "
                    + "document; iOCR accepts jpg, jpeg, png, bmp, pdf and ofd");
        }
        throw IocrException.refused("The content of '" + request.fileName() + "' is not a format iOCR accepts "
                + "(jpg, jpeg, png, bmp, pdf, ofd)");
    }

    /** An OFD file is a ZIP package whose root holds OFD.xml; entries are read as a stream and skipped. */
    private static boolean hasOfdRoot(SubmitRequest request) {
        try (ZipInputStream zip = new ZipInputStream(request.source().open())) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("OFD.xml".equalsIgnoreCase(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static void checkDimensions(SubmitRequest request) {
        ImageSize size;
        try (InputStream in = request.source().open()) {
            size = ImageSize.read(in);
        } catch (IOException | RuntimeException e) {
            throw new IocrException(ErrorCategory.INPUT, null, null, null, "The header of the image '"
                    + request.fileName() + "' cannot be read; it may be damaged", e);
        }
        if (size == null) {
            throw IocrException.refused("The image '" + request.fileName() + "' cannot be read; it may be "
                    + "damaged");
        }
        int width = size.width();
        int height = size.height();
        int shorter = Math.min(width, height);
        int longer = Math.max(width, height);
        if (shorter < MIN_SIDE_PX) {
            throw IocrException.refused("The image '" + request.fileName() + "' is " + width + "×" + height
                    + " px; iOCR needs the shorter side to be at least " + MIN_SIDE_PX + " px");
        }
        if (longer > MAX_SIDE_PX) {
            throw IocrException.refused("The image '" + request.fileName() + "' is " + width + "×" + height
                    + " px; iOCR accepts at most " + MAX_SIDE_PX + " px on the longer side; scale it down");
        }
    }

    private static long encodedLength(SubmitRequest request) {
        UrlEncodedBase64.Counter counter = new UrlEncodedBase64.Counter(MAX_ENCODED_BYTES);
        try (InputStream in = request.source().open(); OutputStream base64 = Base64.getEncoder().wrap(counter)) {
            in.transferTo(base64);
        } catch (UrlEncodedBase64.LimitExceeded e) {
            throw tooLarge(request, e.count());
        } catch (IOException e) {
            throw unreadable(request, e);
        }
        if (counter.count() > MAX_ENCODED_BYTES) {
            throw tooLarge(request, counter.count());
        }
        return counter.count();
    }

    private static IocrException tooLarge(SubmitRequest request, long atLeast) {
        return IocrException.refused(String.format(Locale.ROOT, "'%s' is too large for iOCR: more than %.1f MB after "
                + "base64 and URL encoding (counted %d bytes), the limit is 10 MB, about 7 MB of original file; "
                + "reduce its resolution or split it", request.fileName(), MAX_ENCODED_BYTES / 1048576.0, atLeast));
    }

    private static IocrException unreadable(SubmitRequest request, IOException e) {
        return new IocrException(ErrorCategory.INPUT, null, null, null, "The content of '" + request.fileName()
                + "' could not be read: " + e.getMessage(), e);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static int u(byte b) {
        return b & 0xFF;
    }
}
