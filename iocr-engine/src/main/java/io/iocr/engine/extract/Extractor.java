package io.iocr.engine.extract;

import io.iocr.engine.ocr.TextLine;
import java.util.List;

/**
 * Extracts one preset model's keys (docs/preset-keys.md) from a page's text lines. Implementations are
 * stateless and thread-safe; a key that is not found is present with an empty value, never an error.
 */
interface Extractor {

    Extraction extract(List<TextLine> lines);
}
