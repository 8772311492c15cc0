package io.iocr.engine.document;

import java.util.Locale;

/** What a submitted file is, told by its first bytes (never by its name alone). */
public enum DocumentKind {
    PNG("png"), JPEG("jpg", "jpeg"), BMP("bmp"), PDF("pdf"), OFD("ofd");

    private final String[] suffixes;

    DocumentKind(String... suffixes) {
        this.suffixes = suffixes;
    }

    public boolean isImage() {
        return this == PNG || this == JPEG || this == BMP;
    }

    /** The kind its magic bytes say, or null when it is none of the supported kinds. */
    public static DocumentKind sniff(byte[] bytes) {
        if (bytes.length >= 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return PNG;
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8 && (bytes[2] & 0xff) == 0xFF) {
            return JPEG;
        }
        if (bytes.length >= 26 && bytes[0] == 'B' && bytes[1] == 'M') {
            return BMP;
        }
        if (bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            return PDF;
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return OFD; // a zip; OFDReader tells whether it really is an OFD package
        }
        return null;
    }

    /** The kind a file name's suffix claims, or null when the name has no known suffix. */
    public static DocumentKind ofFileName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String suffix = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (DocumentKind kind : values()) {
            for (String s : kind.suffixes) {
                if (s.equals(suffix)) {
                    return kind;
                }
            }
        }
        return null;
    }
}
