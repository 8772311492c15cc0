package io.iocr.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code task_result}: the task's id and progress. Times are Beijing-time strings ("2025-03-17 15:37:55"),
 * empty while not reached; {@code duration} is in seconds. A submit response carries only {@code task_id}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskResult(
        @JsonProperty("task_id") String taskId,
        @JsonProperty("status") TaskStatus status,
        @JsonProperty("reason") String reason,
        @JsonProperty("created") String created,
        @JsonProperty("started") String started,
        @JsonProperty("finished") String finished,
        @JsonProperty("duration") Integer duration) {

    public static TaskResult submitted(String taskId) {
        return new TaskResult(taskId, null, null, null, null, null, null);
    }
}
