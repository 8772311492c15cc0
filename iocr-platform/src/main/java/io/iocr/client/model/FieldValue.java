package io.iocr.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One extracted value: the recognised text ({@code words}, possibly empty) and where it was found. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FieldValue(
        @JsonProperty("words") String words,
        @JsonProperty("location") Location location) {

    public FieldValue {
        words = words == null ? "" : words;
        location = location == null ? Location.NONE : location;
    }
}
