package io.iocr.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.iocr.client.model.TaskStatus;
import io.iocr.client.testserver.Endpoint;
import io.iocr.client.testserver.IocrTestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One token for all callers, and one refresh when it expires, however many callers notice. */
class SharedTokenTest {

    @Test
    void tenConcurrentCallersWithAnExpiredTokenCauseOneRefresh() throws Exception {
        try (IocrTestServer server = IocrTestServer.start(IocrTestServer.Options.defaults().withQps(100, 100));
                HttpIocrClient client = new HttpIocrClient(server.clientConfig().backoffBase(Duration.ofMillis(5))
                        .build())) {
            String taskId = client.submit(SubmitRequest.ofTemplate("a.png",
                    TestDocuments.source(TestDocuments.image("png", 40, 30)), "t"));
            assertThat(server.tokenGrants()).isEqualTo(1);
            server.expireAllTokens();

            ExecutorService callers = Executors.newFixedThreadPool(10);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<TaskStatus>> results = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                results.add(callers.submit(() -> {
                    go.await();
                    return client.getResult(taskId).status();
                }));
            }
            go.countDown();
            for (Future<TaskStatus> result : results) {
                assertThat(result.get(20, TimeUnit.SECONDS)).isEqualTo(TaskStatus.SUCCESS);
            }
            callers.shutdownNow();

            assertThat(server.tokenGrants()).isEqualTo(2);
            assertThat(server.requests(Endpoint.TOKEN)).isEqualTo(2);
        }
    }

    @Test
    void concurrentFirstCallsFetchOneToken() throws Exception {
        try (IocrTestServer server = IocrTestServer.start(IocrTestServer.Options.defaults().withQps(100, 100));
                HttpIocrClient client = new HttpIocrClient(server.clientConfig().build())) {
            ExecutorService callers = Executors.newFixedThreadPool(8);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(callers.submit(() -> {
                    try {
                        client.getResult("task-unknown");
                    } catch (IocrException e) {
                        return e.baiduCode().equals("282808") ? 1 : 0;
                    }
                    return 0;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(20, TimeUnit.SECONDS)).isEqualTo(1);
            }
            callers.shutdownNow();

            assertThat(server.tokenGrants()).isEqualTo(1);
        }
    }
}
