package io.iocr.engine.extract;

import io.iocr.client.model.KvResult;

/** What a model extracted from one page: the document type it names and the key-value result. */
public record Extraction(String docType, KvResult kvResult) {
}
