package io.iocr.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The wire model reads the API document's own examples, verbatim. */
class RecognitionResponseTest {

    private final ObjectMapper json = new ObjectMapper();

    private RecognitionResponse read(String fixture) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/seed/" + fixture)) {
            return json.readValue(in, RecognitionResponse.class);
        }
    }

    @Test
    void readsTheSeedSuccessExample() throws IOException {
        RecognitionResponse response = read("get-result-success.json");

        assertThat(response.errorCode()).isZero();
        assertThat(response.logId()).isEqualTo("2761737701");
        assertThat(response.status()).isEqualTo(TaskStatus.SUCCESS);
        assertThat(response.taskResult().taskId()).isEqualTo("task-2m8g3dhqmrv9cxfe");
        assertThat(response.taskResult().duration()).isEqualTo(7);
        assertThat(response.taskResult().finished()).isEqualTo("2025-03-17 15:38:02");
        assertThat(response.wordsResultNum()).isEqualTo(1);

        PageResult page = response.pages().get(0);
        assertThat(page.pageNum()).isEqualTo(1);
        assertThat(page.docType()).isEqualTo("其他");
        assertThat(page.docLocation()).isNull();
        assertThat(page.kvResult().singleKey().get("名称")).extracting(FieldValue::words)
                .containsExactly("百度在线网络技术(北京)有限公司", "阿里云计算有限公司");
        assertThat(page.kvResult().singleKey().get("价税合计(小写)").get(0).location().isEmpty()).isTrue();
        assertThat(page.kvResult().comboKey().get("货物或应税劳务、服务信息")).hasSize(1);
        assertThat(page.kvResult().comboKey().get("货物或应税劳务、服务信息").get(0).get("单价").words())
                .isEqualTo("339. 62");
        assertThat(page.kvResult().fullResult()).isNull();
    }

    @Test
    void readsTheSeedRunningExample() throws IOException {
        RecognitionResponse response = read("get-result-running.json");

        assertThat(response.status()).isEqualTo(TaskStatus.RUNNING);
        assertThat(response.status().isFinal()).isFalse();
        assertThat(response.taskResult().finished()).isEmpty();
        assertThat(response.wordsResult()).isNull();
        assertThat(response.pages()).isEmpty();
    }

    @Test
    void readsTheSeedSubmitExample() throws IOException {
        RecognitionResponse response = read("submit-success.json");

        assertThat(response.taskResult().taskId()).isEqualTo("task-2m8g3dhqmrv9cxfe");
        assertThat(response.status()).isEqualTo(TaskStatus.UNKNOWN);
    }

    @Test
    void toleratesUnknownFieldsAndStatuses() throws IOException {
        RecognitionResponse response = json.readValue(
                "{\"error_code\":0,\"log_id\":123,\"new_field\":{\"x\":1},"
                        + "\"task_result\":{\"task_id\":\"t\",\"status\":\"Queued\",\"extra\":true}}",
                RecognitionResponse.class);

        assertThat(response.logId()).isEqualTo("123");
        assertThat(response.status()).isEqualTo(TaskStatus.UNKNOWN);
    }

    @Test
    void writesNullBoxesAsTheSeedDoes() throws IOException {
        String written = json.writeValueAsString(new FieldValue("1", Location.NONE));

        assertThat(written).isEqualTo("{\"words\":\"1\",\"location\":{\"box\":null,\"cbox\":null}}");
    }

    @Test
    void dropsNullPagesInsteadOfFailing() throws IOException {
        RecognitionResponse response = json.readValue(
                "{\"error_code\":0,\"task_result\":{\"task_id\":\"t\",\"status\":\"Success\"},"
                        + "\"words_result\":[null,{\"page_num\":1}]}",
                RecognitionResponse.class);

        assertThat(response.pages()).hasSize(1);
        assertThat(response.pages().get(0).kvResult().singleKey()).isEmpty();
    }
}
