package io.iocr.engine.document;

/** The document cannot be read (corrupt, encrypted, not what it claims to be). */
public class DocumentException extends RuntimeException {

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
