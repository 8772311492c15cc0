package io.iocr.client.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Where a value or document sits on its page, in the submitted image's pixel space.
 *
 * @param box  four corner points {@code [[x1,y1],[x2,y2],[x3,y3],[x4,y4]]} (clockwise from top-left), or null
 * @param cbox {@code [x, y, w, h]}, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Location(
        @JsonProperty("box") List<List<Integer>> box,
        @JsonProperty("cbox") List<Integer> cbox) {

    public static final Location NONE = new Location(null, null);

    @JsonIgnore
    public boolean isEmpty() {
        return box == null && cbox == null;
    }
}
