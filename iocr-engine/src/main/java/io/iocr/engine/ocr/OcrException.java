package io.iocr.engine.ocr;

/** The OCR pipeline could not run (model missing or unreadable, runtime failure); never "no text", which is empty. */
public class OcrException extends RuntimeException {

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }

    public OcrException(String message) {
        super(message);
    }
}
