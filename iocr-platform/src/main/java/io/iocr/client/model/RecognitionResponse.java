package io.iocr.client.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The response of {@code .../universal/get_result} (and, with only {@code task_result.task_id}, of
 * {@code .../universal/request}). {@code words_result} is null while the task runs.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RecognitionResponse(
        @JsonProperty("error_code") Integer errorCode,
        @JsonProperty("error_msg") String errorMsg,
        @JsonProperty("log_id") String logId,
        @JsonProperty("task_result") TaskResult taskResult,
        @JsonProperty("words_result_num") @JsonInclude(JsonInclude.Include.NON_NULL) Integer wordsResultNum,
        @JsonProperty("words_result") List<PageResult> wordsResult) {

    public RecognitionResponse {
        // A null entry (seen in malformed responses) is dropped rather than failing the whole response
        wordsResult = wordsResult == null ? null : wordsResult.stream().filter(Objects::nonNull).toList();
    }

    @JsonIgnore
    public TaskStatus status() {
        return taskResult == null || taskResult.status() == null ? TaskStatus.UNKNOWN : taskResult.status();
    }

    @JsonIgnore
    public List<PageResult> pages() {
        return wordsResult == null ? List.of() : wordsResult;
    }
}
