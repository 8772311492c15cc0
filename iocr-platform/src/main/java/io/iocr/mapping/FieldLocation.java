package io.iocr.mapping;

import java.util.List;

/**
 * Where one mapped value was found, for the UI to draw. Boxes are in the submitted image's pixel space.
 *
 * @param property  prefixed property name; a line-item cell is {@code iocr:lineItems[0].name}
 * @param key       the iOCR key it came from (for example 发票号码)
 * @param page      page number from 1
 * @param box       four corner points, or null
 * @param cbox      {@code [x, y, w, h]}, or null
 */
public record FieldLocation(String property, String key, int page, List<List<Integer>> box, List<Integer> cbox) {
}
