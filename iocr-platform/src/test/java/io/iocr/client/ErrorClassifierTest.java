package io.iocr.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ErrorClassifierTest {

    @ParameterizedTest(name = "Baidu code {0} is {1}")
    @CsvSource({
        "1,TRANSIENT", "2,TRANSIENT", "4,TRANSIENT", "18,TRANSIENT", "282000,TRANSIENT", "216630,TRANSIENT",
        "216634,TRANSIENT", "336000,TRANSIENT", "282112,TRANSIENT", "SDK108,TRANSIENT",
        "100,TOKEN", "110,TOKEN", "111,TOKEN",
        "17,QUOTA", "19,QUOTA",
        "3,CONFIGURATION", "6,CONFIGURATION", "13,CONFIGURATION", "14,CONFIGURATION", "15,CONFIGURATION",
        "invalid_client,CONFIGURATION", "282004,CONFIGURATION", "216110,CONFIGURATION",
        "216100,INPUT", "216101,INPUT", "216200,INPUT", "216201,INPUT", "216202,INPUT", "216633,INPUT",
        "272000,INPUT", "282003,INPUT", "282102,INPUT", "282808,INPUT", "283016,INPUT", "283300,INPUT",
        "336001,INPUT", "999999,INPUT"
    })
    void classifiesBaiduCodes(String code, ErrorCategory expected) {
        assertThat(ErrorClassifier.categoryOf(code)).isEqualTo(expected);
    }

    @Test
    void everyErrorCarriesCodeMessageLogIdAndOurExplanation() {
        IocrException e = ErrorClassifier.fromBaiduError("216202", "image size error", "3599798268", "submit");

        assertThat(e.category()).isEqualTo(ErrorCategory.INPUT);
        assertThat(e.baiduCode()).isEqualTo("216202");
        assertThat(e.baiduMessage()).isEqualTo("image size error");
        assertThat(e.logId()).isEqualTo("3599798268");
        assertThat(e.explanation()).contains("too large");
        assertThat(e.getMessage()).contains("216202").contains("image size error").contains("3599798268");
    }

    @Test
    void quotaErrorsTellTheCallerToPauseRatherThanRetry() {
        assertThat(ErrorClassifier.fromBaiduError("17", "Open api daily request limit reached", "1", "submit")
                .explanation()).contains("daily").contains("quota");
    }

    @ParameterizedTest(name = "HTTP {0} is {1}")
    @CsvSource({"500,TRANSIENT", "502,TRANSIENT", "503,TRANSIENT", "429,TRANSIENT", "408,TRANSIENT",
        "401,CONFIGURATION", "403,CONFIGURATION", "404,CONFIGURATION", "400,INPUT", "413,INPUT"})
    void classifiesHttpStatuses(int status, ErrorCategory expected) {
        assertThat(ErrorClassifier.fromHttpStatus(status, "submit").category()).isEqualTo(expected);
    }

    @Test
    void networkFailuresAreTransientAndAmbiguousOnlyWhenTheBodyWentOut() {
        IocrException refused = ErrorClassifier.fromIoException(new ConnectException("refused"), "submit", false);
        IocrException timedOut = ErrorClassifier.fromIoException(new SocketTimeoutException("read"), "submit", true);
        IocrException reset = ErrorClassifier.fromIoException(new SocketException("reset"), "get_result", false);

        assertThat(refused.category()).isEqualTo(ErrorCategory.TRANSIENT);
        assertThat(refused.ambiguous()).isFalse();
        assertThat(refused.getMessage()).contains("could not be reached");
        assertThat(timedOut.ambiguous()).isTrue();
        assertThat(timedOut.getMessage()).contains("did not answer in time").contains("not re-sent");
        assertThat(reset.category()).isEqualTo(ErrorCategory.TRANSIENT);
        assertThat(ErrorClassifier.fromIoException(new IOException("x"), "submit", false).getCause()).isNotNull();
    }

    @Test
    void qpsExceededAndHttp429AreThrottling() {
        assertThat(ErrorClassifier.isThrottling(ErrorClassifier.fromBaiduError("18", "", "", "submit"))).isTrue();
        assertThat(ErrorClassifier.isThrottling(ErrorClassifier.fromHttpStatus(429, "submit"))).isTrue();
        assertThat(ErrorClassifier.isThrottling(ErrorClassifier.fromBaiduError("282000", "", "", "submit")))
                .isFalse();
    }
}
