package io.iocr.client.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iocr.client.TestDocuments;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The protocol test server answers raw HTTP the way the API document describes Baidu's answers. */
class IocrTestServerTest {

    private final IocrTestServer server = IocrTestServer.start(IocrTestServer.Options.defaults().withQps(100, 100));
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(URI uri, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token() throws Exception {
        HttpResponse<String> answer = post(server.url(Endpoint.TOKEN), "grant_type=client_credentials&client_id="
                + IocrTestServer.API_KEY + "&client_secret=" + IocrTestServer.SECRET_KEY);
        return json.readTree(answer.body()).get("access_token").asText();
    }

    private URI withToken(Endpoint endpoint) throws Exception {
        return URI.create(server.url(endpoint) + "?access_token=" + URLEncoder.encode(token(), StandardCharsets.UTF_8));
    }

    private static String png() {
        return URLEncoder.encode(Base64.getEncoder().encodeToString(TestDocuments.image("png", 40, 30)),
                StandardCharsets.UTF_8);
    }

    @Test
    void grantsATokenShapedLikeBaidusAndCountsIt() throws Exception {
        HttpResponse<String> answer = post(server.url(Endpoint.TOKEN), "grant_type=client_credentials&client_id="
                + IocrTestServer.API_KEY + "&client_secret=" + IocrTestServer.SECRET_KEY);

        JsonNode body = json.readTree(answer.body());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.get("access_token").asText()).startsWith("24.");
        assertThat(body.get("expires_in").asLong()).isEqualTo(2_592_000L);
        assertThat(body.get("scope").asText()).contains("brain_all_scope");
        assertThat(server.tokenGrants()).isEqualTo(1);
    }

    @Test
    void refusesAnUnknownClientWithHttp401() throws Exception {
        HttpResponse<String> answer = post(server.url(Endpoint.TOKEN),
                "grant_type=client_credentials&client_id=nobody&client_secret=x");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(json.readTree(answer.body()).get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void answersErrorsAsHttp200WithBaidusErrorJson() throws Exception {
        HttpResponse<String> answer = post(withToken(Endpoint.SUBMIT), "file_name=a.png&image=" + png());

        JsonNode body = json.readTree(answer.body());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.get("error_code").asInt()).isEqualTo(283016);
        assertThat(body.get("error_explain").asText()).isEqualTo("classifier_id和template_sign不能同时为空");
        assertThat(body.get("log_id").asText()).isNotBlank();
    }

    @Test
    void validatesTheRequestShape() throws Exception {
        URI submit = withToken(Endpoint.SUBMIT);

        assertThat(code(post(submit, "templateSign=t&image=" + png()))).isEqualTo(282003);
        assertThat(code(post(submit, "file_name=a.png&templateSign=t"))).isEqualTo(282003);
        assertThat(code(post(submit, "file_name=a.png&templateSign=t&image=" + png() + "&url=http%3A%2F%2Fx")))
                .isEqualTo(216100);
        assertThat(code(post(submit, "file_name=a.png&templateSign=t&image="))).isEqualTo(216200);
        assertThat(code(post(submit, "file_name=a.png&templateSign=t&image=aGVsbG8gd29ybGQ%3D"))).isEqualTo(216201);
        assertThat(code(post(submit, "file_name=a.pdf&templateSign=t&image=" + png()))).isEqualTo(216100);
        assertThat(code(post(submit, "file_name=a.png&templateSign=t&image=" + png()))).isZero();
        assertThat(server.acceptedSubmits()).isEqualTo(1);
    }

    @Test
    void rejectsMissingUnknownAndExpiredTokens() throws Exception {
        URI submit = withToken(Endpoint.SUBMIT);
        String form = "file_name=a.png&templateSign=t&image=" + png();

        assertThat(code(post(server.url(Endpoint.SUBMIT), form))).isEqualTo(100);
        assertThat(code(post(URI.create(server.url(Endpoint.SUBMIT) + "?access_token=24.x"), form))).isEqualTo(110);
        server.expireAllTokens();
        assertThat(code(post(submit, form))).isEqualTo(111);
    }

    @Test
    void reportsRunningThenSuccessFromTheSeedExamples() throws Exception {
        server.setTaskDurations(Duration.ofMillis(300), Duration.ofMillis(300));
        JsonNode submitted = json.readTree(post(withToken(Endpoint.SUBMIT), "file_name=a.png&templateSign=t&image="
                + png()).body());
        String taskId = submitted.at("/task_result/task_id").asText();
        URI result = withToken(Endpoint.RESULT);

        JsonNode running = json.readTree(post(result, "task_id=" + taskId).body());
        Thread.sleep(350);
        JsonNode done = json.readTree(post(result, "task_id=" + taskId).body());

        assertThat(running.at("/task_result/status").asText()).isEqualTo("Running");
        assertThat(running.get("words_result").isNull()).isTrue();
        assertThat(done.at("/task_result/status").asText()).isEqualTo("Success");
        assertThat(done.at("/task_result/task_id").asText()).isEqualTo(taskId);
        assertThat(done.at("/words_result/0/kv_result/single_key/发票号码/0/words").asText()).isEqualTo("3321192130");
        assertThat(server.taskFinishNanos(taskId)).isNotNull();
    }

    @Test
    void enforcesTheQpsLimitOverASlidingSecond() throws Exception {
        server.setQpsLimits(2, 10);
        URI submit = withToken(Endpoint.SUBMIT);

        int first = code(post(submit, "file_name=a.png&templateSign=t&image=" + png()));
        int second = code(post(submit, "file_name=a.png&templateSign=t&image=" + png()));
        int third = code(post(submit, "file_name=a.png&templateSign=t&image=" + png()));

        assertThat(first).isZero();
        assertThat(second).isZero();
        assertThat(third).isEqualTo(18);
        assertThat(server.qpsViolations(Endpoint.SUBMIT)).isEqualTo(1);
        assertThat(server.acceptedSubmitsPerDocument()).containsValue(2);
        assertThat(server.maxAcceptedSubmitsOfOneDocument()).isEqualTo(2);
    }

    @Test
    void injectedFaultsComeBeforeAcceptance() throws Exception {
        URI submit = withToken(Endpoint.SUBMIT);
        server.injectNext(Endpoint.SUBMIT, 1, Fault.httpStatus(500));
        server.injectNext(Endpoint.SUBMIT, 1, Fault.internalError());

        HttpResponse<String> crashed = post(submit, "file_name=a.png&templateSign=t&image=" + png());
        int internal = code(post(submit, "file_name=a.png&templateSign=t&image=" + png()));

        assertThat(crashed.statusCode()).isEqualTo(500);
        assertThat(internal).isEqualTo(282000);
        assertThat(server.acceptedSubmits()).isZero();
        assertThat(server.faultsInjected(Endpoint.SUBMIT)).isEqualTo(2);
    }

    private int code(HttpResponse<String> answer) throws Exception {
        JsonNode code = json.readTree(answer.body()).get("error_code");
        return code == null ? -1 : code.asInt();
    }
}
