package io.iocr.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of {@code words_result}: a document found on a page.
 *
 * @param pageNum     page number, from 1
 * @param docType     the document type recognised (for example 增值税专用发票, or 其他)
 * @param docLocation where the document sits on the page; null when not located
 * @param kvResult    the extracted fields
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PageResult(
        @JsonProperty("page_num") Integer pageNum,
        @JsonProperty("doc_type") String docType,
        @JsonProperty("doc_location") Location docLocation,
        @JsonProperty("kv_result") KvResult kvResult) {

    public PageResult {
        kvResult = kvResult == null ? new KvResult(null, null, null, null) : kvResult;
    }
}
