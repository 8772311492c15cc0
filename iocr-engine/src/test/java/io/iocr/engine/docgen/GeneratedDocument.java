package io.iocr.engine.docgen;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/**
 * A rendered document with its ground truth. {@code fields}: single_key → expected values in reading order (a
 * key printed twice, like an invoice's buyer and seller 名称, has two); {@code rows}: expected combo_key rows.
 */
public record GeneratedDocument(String name, String templateSign, String docType, BufferedImage image,
                                Map<String, List<String>> fields, List<Map<String, String>> rows) {
}
