package io.iocr.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.iocr.client.testserver.Endpoint;
import io.iocr.client.testserver.IocrTestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many threads share one limiter per endpoint: the server never sees more than its QPS in any second. */
class RateLimitAgainstServerTest {

    @Test
    void concurrentSubmitsAndPollsStayWithinTheServersLimits() throws Exception {
        try (IocrTestServer server = IocrTestServer.start(IocrTestServer.Options.defaults().withQps(10, 20));
                HttpIocrClient client = new HttpIocrClient(server.clientConfig().maxAttempts(1).build())) {
            ExecutorService threads = Executors.newFixedThreadPool(6);
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int index = i;
                work.add(threads.submit(() -> {
                    String taskId = client.submit(SubmitRequest.ofTemplate("d" + index + ".png",
                            TestDocuments.source(TestDocuments.distinctPng(index)), "t"));
                    client.getResult(taskId);
                    client.getResult(taskId);
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get(30, TimeUnit.SECONDS); // maxAttempts 1: any code 18 would surface here
            }
            threads.shutdownNow();

            assertThat(server.qpsViolations()).isZero();
            assertThat(server.acceptedSubmits()).isEqualTo(24);
            List<Long> accepted = server.acceptedSubmitTimesNanos();
            for (int i = 10; i < accepted.size(); i++) {
                assertThat(accepted.get(i) - accepted.get(i - 10)).isGreaterThanOrEqualTo(1_000_000_000L);
            }
        }
    }

    @Test
    void theServerAnswersQpsExceededPastItsLimit() {
        try (IocrTestServer server = IocrTestServer.start(IocrTestServer.Options.defaults().withQps(2, 10));
                HttpIocrClient unlimited = new HttpIocrClient(server.clientConfig().submitQps(1000).maxAttempts(1)
                        .build())) {
            int throttled = 0;
            for (int i = 0; i < 4; i++) {
                try {
                    unlimited.submit(SubmitRequest.ofTemplate("d" + i + ".png",
                            TestDocuments.source(TestDocuments.distinctPng(i)), "t"));
                } catch (IocrException e) {
                    assertThat(e.baiduCode()).isEqualTo("18");
                    throttled++;
                }
            }

            assertThat(throttled).isEqualTo(2);
            assertThat(server.qpsViolations(Endpoint.SUBMIT)).isEqualTo(2);
        }
    }
}
