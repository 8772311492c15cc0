package io.iocr.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;

/** {@code task_result.status}: Success, Running or Failed; anything else Baidu may add is {@link #UNKNOWN}. */
public enum TaskStatus {
    SUCCESS("Success"),
    RUNNING("Running"),
    FAILED("Failed"),
    UNKNOWN("Unknown");

    private final String wireName;

    TaskStatus(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static TaskStatus fromWire(String value) {
        for (TaskStatus status : values()) {
            if (status.wireName.equalsIgnoreCase(value)) {
                return status;
            }
        }
        return UNKNOWN;
    }

    @JsonIgnore
    public boolean isFinal() {
        return this == SUCCESS || this == FAILED;
    }
}
