package io.iocr.client;

import java.util.List;
import java.util.Locale;

/** The document formats iOCR accepts, with the form field that carries each and the file name extensions. */
public enum DocumentType {
    JPEG("JPEG image", "image", List.of("jpg", "jpeg")),
    PNG("PNG image", "image", List.of("png")),
    BMP("BMP image", "image", List.of("bmp")),
    PDF("PDF document", "pdf_file", List.of("pdf")),
    OFD("OFD document", "ofd_file", List.of("ofd"));

    private final String label;
    private final String formField;
    private final List<String> extensions;

    DocumentType(String label, String formField, List<String> extensions) {
        this.label = label;
        this.formField = formField;
        this.extensions = extensions;
    }

    /** For messages: "PNG image". */
    public String label() {
        return label;
    }

    /** The submit form field: {@code image}, {@code pdf_file} or {@code ofd_file}. */
    public String formField() {
        return formField;
    }

    public boolean isImage() {
        return "image".equals(formField);
    }

    /** The usual extension, for "rename it to ....pdf". */
    public String preferredExtension() {
        return extensions.get(0);
    }

    /** The type a file name's extension claims, or null when the extension is missing or not accepted. */
    public static DocumentType ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return null;
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (DocumentType type : values()) {
            if (type.extensions.contains(extension)) {
                return type;
            }
        }
        return null;
    }
}
