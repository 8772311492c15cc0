/**
 * Maps an iOCR result onto the iocr content model: which aspects apply, typed and normalised property values,
 * the raw text behind each, where each value sits on the page, and warnings for what could not be converted.
 * Driven by JSON mapping files (one per preset model, plus administrators' files for custom models). Free of
 * Alfresco types: properties are named by prefixed QName strings such as {@code iocr:invoiceNumber}.
 */
package io.iocr.mapping;
