package io.iocr.mapping;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a recognised text is converted; the name in mapping files is the lower-camel form ({@code creditCode}). */
public enum FieldType {
    /** NFKC, whitespace collapsed. */
    TEXT("d:text"),
    /** A number or code: NFKC, spaces removed, upper case. */
    IDENTIFIER("d:text"),
    /** A date (2019年08月28日, 2019.08.28, 20190828 ...). */
    DATE("d:date"),
    /** A validity end: a date, 长期 (no end), "from 至 to", or "6年" counted from a start date. */
    VALIDITY("d:date"),
    /** An amount in figures, two decimals (¥360.00, "339. 62", Y20.38). */
    MONEY("d:double"),
    /** A decimal number (quantities). */
    NUMBER("d:double"),
    /** The first whole number in the text ("5人", "1800kg"). */
    INTEGER("d:int"),
    /** A PRC resident ID number, checked with GB 11643. */
    ID_NUMBER("d:text"),
    /** A unified social credit code, checked with GB 32100. */
    CREDIT_CODE("d:text"),
    /** A taxpayer ID: checked as a credit code when it has 18 characters; 15 and 20 character IDs are legacy. */
    TAX_ID("d:text"),
    /** A bank card number: digits only, Luhn-checked. */
    BANK_CARD("d:text"),
    /** An amount in uppercase Chinese (叁佰陆拾圆整): kept as text, parsed for the amountInWords check. */
    AMOUNT_IN_WORDS("d:text");

    private final String dataType;

    FieldType(String dataType) {
        this.dataType = dataType;
    }

    /** The Alfresco data type of the property that receives the value. */
    public String dataType() {
        return dataType;
    }

    @JsonValue
    public String fileName() {
        String[] parts = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }

    @JsonCreator
    public static FieldType fromFileName(String name) {
        for (FieldType type : values()) {
            if (type.fileName().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown field type '" + name + "'");
    }
}
