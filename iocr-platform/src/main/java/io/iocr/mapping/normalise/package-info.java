/**
 * Normalisers for what OCR reads off Chinese documents: full-width text (NFKC), dates, money, uppercase Chinese
 * amounts, resident ID numbers (GB 11643), unified social credit codes (GB 32100) and bank card numbers. Parsers
 * throw {@link java.lang.IllegalArgumentException} with a message for the user; validators return the problems
 * they find. Hand-written on purpose (README, "Mapping"): each is a short published algorithm, and ACS ships no
 * library for them; the tests cross-check them against hutool-core.
 */
package io.iocr.mapping.normalise;
