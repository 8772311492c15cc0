package io.iocr.mapping;

/**
 * Something a user should check: a value kept as raw text because it did not convert, a check digit that does
 * not match, figures that disagree with the amount in words, a key the mapping does not know.
 *
 * @param property prefixed property name concerned, or null
 * @param key      the iOCR key concerned, or null
 * @param message  what is wrong, for the user (English)
 */
public record MappingWarning(String property, String key, String message) {
}
