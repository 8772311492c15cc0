package io.iocr.engine.ocr;

/**
 * One recognised line of text: NFKC-normalised text, the mean CTC confidence of its characters and its quad in
 * the page's pixel space.
 */
public record TextLine(String text, float score, Quad quad) {
}
