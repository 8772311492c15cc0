package io.iocr.client;

import java.util.Objects;

/**
 * One document to recognise.
 *
 * @param fileName     the file name sent as {@code file_name}; its extension must match the real type
 * @param source       the document's bytes; may be null when {@code url} is given
 * @param url          an image URL for Baidu to fetch instead of the bytes, or null
 * @param templateSign the model to use (a preset such as {@code vat_invoice} or a custom model id), or null
 * @param classifierId the project space whose rules classify the document, or null; templateSign wins
 */
public record SubmitRequest(
        String fileName, DocumentSource source, String url, String templateSign, String classifierId) {

    public SubmitRequest {
        Objects.requireNonNull(fileName, "fileName");
    }

    public static SubmitRequest ofTemplate(String fileName, DocumentSource source, String templateSign) {
        return new SubmitRequest(fileName, source, null, templateSign, null);
    }

    public static SubmitRequest ofClassifier(String fileName, DocumentSource source, String classifierId) {
        return new SubmitRequest(fileName, source, null, null, classifierId);
    }
}
