package io.iocr.mapping;

import io.iocr.client.model.RecognitionResponse;

/** Turns a finished get_result response into the properties to store. Thread-safe; never throws on bad data. */
public interface ResultMapper {

    /**
     * @param response     a get_result response (normally with status Success)
     * @param templateSign the model the document was submitted with, or null when a classifier (project space)
     *                     chose it; the mapping is then chosen per page from {@code doc_type}
     * @return what to store; values that could not be converted are kept as raw text with a warning
     */
    MappedResult map(RecognitionResponse response, String templateSign);
}
