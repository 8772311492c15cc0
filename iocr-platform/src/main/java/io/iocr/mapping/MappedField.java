package io.iocr.mapping;

/**
 * One mapped value, as the recognition panel lists it.
 *
 * @param property prefixed property name; a line-item cell is {@code iocr:lineItems[0].name}
 * @param aspect   the aspect the mapping applies (for grouping), or null
 * @param key      the iOCR key it came from
 * @param raw      the recognised text
 * @param value    the typed value stored, or null when the conversion failed (the raw text is kept)
 * @param text     the normalised value as text: dates {@code yyyy-MM-dd}, amounts with two decimals; the raw text
 *                 when the conversion failed
 * @param lineItem the line-item row (from 0) of a cell, else null
 */
public record MappedField(String property, String aspect, String key, String raw, Object value, String text,
                          Integer lineItem) {
}
