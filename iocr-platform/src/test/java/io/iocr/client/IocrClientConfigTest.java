package io.iocr.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IocrClientConfigTest {

    @Test
    void defaultsFollowTheApiDocument() {
        IocrClientConfig config = IocrClientConfig.ofDefaults();

        assertThat(config.tokenUrl()).hasToString("https://aip.baidubce.com/oauth/2.0/token");
        assertThat(config.requestUrl()).hasToString(
                "https://aip.baidubce.com/rest/2.0/solution/v1/iocr/recognise/universal/request");
        assertThat(config.resultUrl()).hasToString(
                "https://aip.baidubce.com/rest/2.0/solution/v1/iocr/recognise/universal/get_result");
        assertThat(config.submitQps()).isEqualTo(2);
        assertThat(config.pollQps()).isEqualTo(10);
        assertThat(config.initialPollDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.maxAttempts()).isEqualTo(5);
        assertThat(config.maxWait()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.hasCredentials()).isFalse();
    }

    @Test
    void toStringNeverShowsTheKeys() {
        IocrClientConfig config = IocrClientConfig.builder().apiKey("my-api-key").secretKey("my-secret").build();

        assertThat(config.toString()).doesNotContain("my-api-key").doesNotContain("my-secret").contains("apiKey=****");
    }

    @Test
    void rejectsANonPositiveQpsNamingFieldAndValue() {
        assertThatThrownBy(() -> IocrClientConfig.builder().submitQps(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("submitQps").hasMessageContaining("0.0");
        assertThatThrownBy(() -> IocrClientConfig.builder().pollQps(-1))
                .hasMessageContaining("pollQps").hasMessageContaining("-1.0");
    }

    @Test
    void rejectsMaxAttemptsOutOfRange() {
        assertThatThrownBy(() -> IocrClientConfig.builder().maxAttempts(0)).hasMessageContaining("maxAttempts")
                .hasMessageContaining("was 0");
    }

    @Test
    void rejectsNonPositiveDurations() {
        assertThatThrownBy(() -> IocrClientConfig.builder().readTimeout(Duration.ZERO))
                .hasMessageContaining("readTimeout").hasMessageContaining("PT0S");
        assertThatThrownBy(() -> IocrClientConfig.builder().connectTimeout(Duration.ofMillis(-1)))
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> IocrClientConfig.builder().initialPollDelay(Duration.ofSeconds(-1)))
                .hasMessageContaining("initialPollDelay");
        assertThatThrownBy(() -> IocrClientConfig.builder().maxWait(Duration.ZERO)).hasMessageContaining("maxWait");
    }

    @Test
    void rejectsAPollIntervalGrowthBelowOne() {
        assertThatThrownBy(() -> IocrClientConfig.builder().pollIntervalGrowth(0.5))
                .hasMessageContaining("pollIntervalGrowth").hasMessageContaining("0.5");
    }

    @Test
    void rejectsABackoffMaxBelowTheBase() {
        assertThatThrownBy(() -> IocrClientConfig.builder().backoffBase(Duration.ofSeconds(5))
                .backoffMax(Duration.ofSeconds(1)).build()).hasMessageContaining("backoffMax");
    }

    @Test
    void rejectsAPollIntervalMaxBelowTheInterval() {
        assertThatThrownBy(() -> IocrClientConfig.builder().pollInterval(Duration.ofSeconds(10))
                .pollIntervalMax(Duration.ofSeconds(5)).build()).hasMessageContaining("pollIntervalMax");
    }

    @Test
    void rejectsUrlsThatAreNotHttpOrCarryAQuery() {
        assertThatThrownBy(() -> IocrClientConfig.builder().tokenUrl(URI.create("ftp://x/token")))
                .hasMessageContaining("tokenUrl").hasMessageContaining("ftp://x/token");
        assertThatThrownBy(() -> IocrClientConfig.builder().requestUrl(URI.create("https://x/r?access_token=abc")))
                .hasMessageContaining("requestUrl").hasMessageNotContaining("abc");
    }

    @Test
    void rejectsBlankCredentialsWithoutEchoingThem() {
        assertThatThrownBy(() -> IocrClientConfig.builder().apiKey(" ")).hasMessageContaining("apiKey");
        assertThatThrownBy(() -> IocrClientConfig.builder().secretKey(" s3cret ")).hasMessageContaining("secretKey")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void readsEveryPropertyKey() {
        Map<String, String> properties = Map.ofEntries(
                Map.entry("iocr.client.tokenUrl", "http://127.0.0.1:1/oauth/2.0/token"),
                Map.entry("iocr.client.requestUrl", "http://127.0.0.1:1/request"),
                Map.entry("iocr.client.resultUrl", "http://127.0.0.1:1/get_result"),
                Map.entry("iocr.client.apiKey", "k"),
                Map.entry("iocr.client.secretKey", "s"),
                Map.entry("iocr.client.connectTimeoutMs", "1000"),
                Map.entry("iocr.client.readTimeoutMs", "2000"),
                Map.entry("iocr.client.submitQps", "4"),
                Map.entry("iocr.client.pollQps", "20"),
                Map.entry("iocr.client.qpsHeadroomPercent", "5"),
                Map.entry("iocr.client.maxAttempts", "3"),
                Map.entry("iocr.client.backoffBaseMs", "100"),
                Map.entry("iocr.client.backoffMaxMs", "1000"),
                Map.entry("iocr.client.throttleBackoffBaseMs", "300"),
                Map.entry("iocr.client.initialPollDelayMs", "5000"),
                Map.entry("iocr.client.pollIntervalMs", "1000"),
                Map.entry("iocr.client.pollIntervalGrowth", "2"),
                Map.entry("iocr.client.pollIntervalMaxMs", "8000"),
                Map.entry("iocr.client.maxWaitMs", "60000"),
                Map.entry("iocr.client.tokenRefreshMarginMs", "1000"));

        IocrClientConfig config = IocrClientConfig.fromProperties(properties::get);

        assertThat(config.requestUrl()).hasToString("http://127.0.0.1:1/request");
        assertThat(config.hasCredentials()).isTrue();
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.submitQps()).isEqualTo(4);
        assertThat(config.pollQps()).isEqualTo(20);
        assertThat(config.qpsHeadroomPercent()).isEqualTo(5);
        assertThat(config.maxAttempts()).isEqualTo(3);
        assertThat(config.throttleBackoffBase()).isEqualTo(Duration.ofMillis(300));
        assertThat(config.initialPollDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.pollIntervalGrowth()).isEqualTo(2);
        assertThat(config.pollIntervalMax()).isEqualTo(Duration.ofSeconds(8));
        assertThat(config.maxWait()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.tokenRefreshMargin()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void missingOrBlankPropertiesKeepTheirDefaults() {
        IocrClientConfig config = IocrClientConfig.fromProperties(Map.of("iocr.client.submitQps", " ")::get);

        assertThat(config.submitQps()).isEqualTo(2);
        assertThat(config.pollIntervalMax()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aBadPropertyValueNamesTheKey() {
        assertThatThrownBy(() -> IocrClientConfig.fromProperties(Map.of("iocr.client.maxWaitMs", "soon")::get))
                .hasMessageContaining("iocr.client.maxWaitMs").hasMessageContaining("soon");
        assertThatThrownBy(() -> IocrClientConfig.fromProperties(Map.of("iocr.client.pollQps", "0")::get))
                .hasMessageContaining("iocr.client.pollQps");
        assertThatThrownBy(() -> IocrClientConfig.fromProperties(Map.of("iocr.client.maxAttempts", "2.5")::get))
                .hasMessageContaining("iocr.client.maxAttempts");
    }

    @Test
    void toBuilderKeepsEveryValue() {
        IocrClientConfig config = IocrClientConfig.builder().apiKey("k").secretKey("s").pollQps(3)
                .maxWait(Duration.ofSeconds(9)).build();

        IocrClientConfig copy = config.toBuilder().submitQps(1).build();

        assertThat(copy.pollQps()).isEqualTo(3);
        assertThat(copy.maxWait()).isEqualTo(Duration.ofSeconds(9));
        assertThat(copy.submitQps()).isEqualTo(1);
        assertThat(copy.apiKey()).isEqualTo("k");
    }
}
