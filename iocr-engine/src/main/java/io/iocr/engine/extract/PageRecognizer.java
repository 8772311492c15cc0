package io.iocr.engine.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iocr.client.model.KvResult;
import io.iocr.client.model.Location;
import io.iocr.client.model.PageResult;
import io.iocr.engine.document.DocumentPage;
import io.iocr.engine.ocr.OcrEngine;
import io.iocr.engine.ocr.Quad;
import io.iocr.engine.ocr.TextLine;
import java.util.List;
import java.util.Optional;

/**
 * One page to one {@code words_result} entry: text lines from the page's text layer or from OCR, then the preset
 * named by templateSign, or the one the classifier picks when only a classifierId came; unknown documents get
 * doc_type 其他 and every line in {@code full_result}. Thread-safe.
 */
public final class PageRecognizer {

    public static final String OTHER = "其他";

    private final OcrEngine ocr;
    private final DocumentClassifier classifier = new DocumentClassifier();
    private final ObjectMapper json = new ObjectMapper();

    public PageRecognizer(OcrEngine ocr) {
        this.ocr = ocr;
    }

    /**
     * @param templateSign the model asked for, or null to classify
     */
    public PageResult recognise(DocumentPage page, String templateSign) {
        List<TextLine> lines = page.hasTextLayer() ? page.textLayer() : ocr.read(page.image());
        return recognise(page.number(), lines, templateSign);
    }

    public PageResult recognise(int pageNumber, List<TextLine> lines, String templateSign) {
        Optional<PresetModel> model = templateSign != null
                ? PresetModel.byTemplateSign(templateSign)
                : classifier.classify(lines);
        Location docLocation = documentLocation(lines);
        if (model.isEmpty()) {
            return new PageResult(pageNumber, OTHER, docLocation, new KvResult(null, null, fullResult(lines), null));
        }
        Extraction extraction = model.get().extractor().extract(lines);
        return new PageResult(pageNumber, extraction.docType(), docLocation, extraction.kvResult());
    }

    /** {@code {"lines": [{"words", "location": {box, cbox}}]}} in reading order (docs/preset-keys.md). */
    JsonNode fullResult(List<TextLine> lines) {
        ObjectNode root = json.createObjectNode();
        ArrayNode array = root.putArray("lines");
        for (TextLine line : lines) {
            ObjectNode entry = array.addObject();
            entry.put("words", line.text());
            entry.set("location", json.valueToTree(line.quad().toLocation()));
        }
        return root;
    }

    private static Location documentLocation(List<TextLine> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        Quad bounds = lines.get(0).quad();
        for (TextLine line : lines) {
            bounds = bounds.union(line.quad());
        }
        return bounds.toLocation();
    }
}
