package io.iocr.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.iocr.client.model.RecognitionResponse;
import io.iocr.client.model.TaskStatus;
import io.iocr.client.testserver.Endpoint;
import io.iocr.client.testserver.Fault;
import io.iocr.client.testserver.IocrTestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Submit and poll end to end against the protocol test server, with short delays. */
class IocrPollerTest {

    private final IocrTestServer server = IocrTestServer.start(IocrTestServer.Options.defaults().withQps(50, 100)
            .withTaskDurations(Duration.ofMillis(100), Duration.ofMillis(300)));
    private HttpIocrClient client;
    private IocrPoller poller;

    @AfterEach
    void stop() {
        if (poller != null) {
            poller.close();
        }
        if (client != null) {
            client.close();
        }
        server.close();
    }

    private IocrClientConfig.Builder shortPolls() {
        return server.clientConfig()
                .maxAttempts(8)
                .backoffBase(Duration.ofMillis(5))
                .throttleBackoffBase(Duration.ofMillis(20))
                .backoffMax(Duration.ofMillis(100))
                .readTimeout(Duration.ofSeconds(2))
                .initialPollDelay(Duration.ofMillis(100))
                .pollInterval(Duration.ofMillis(50))
                .pollIntervalGrowth(1.5)
                .pollIntervalMax(Duration.ofMillis(200))
                .maxWait(Duration.ofSeconds(60));
    }

    private void start(IocrClientConfig config) {
        client = new HttpIocrClient(config, TimeSource.SYSTEM, new Random(11));
        poller = IocrPoller.withOwnScheduler(client, config, 4);
    }

    private static SubmitRequest document(int index) {
        return SubmitRequest.ofTemplate("doc-" + index + ".png", TestDocuments.source(TestDocuments.distinctPng(index)),
                "vat_invoice");
    }

    private static IocrException failure(CompletableFuture<?> future) throws InterruptedException {
        try {
            future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(IocrException.class);
            return (IocrException) e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the future did not complete", e);
        }
        throw new AssertionError("the future succeeded");
    }

    @Test
    void completesWithTheSuccessResultOnceTheTaskFinishes() throws Exception {
        start(shortPolls().build());
        String taskId = client.submit(document(1));

        RecognitionResponse response = poller.await(taskId).get(10, TimeUnit.SECONDS);

        assertThat(response.status()).isEqualTo(TaskStatus.SUCCESS);
        assertThat(response.taskResult().taskId()).isEqualTo(taskId);
        assertThat(response.pages()).isNotEmpty();
    }

    @Test
    void waitsTheInitialDelayBeforeTheFirstPoll() throws Exception {
        start(shortPolls().initialPollDelay(Duration.ofMillis(600)).build());
        String taskId = client.submit(document(1));

        CompletableFuture<RecognitionResponse> future = poller.await(taskId);
        Thread.sleep(400);

        assertThat(server.requests(Endpoint.RESULT)).isZero();
        assertThat(future.get(10, TimeUnit.SECONDS).status()).isEqualTo(TaskStatus.SUCCESS);
        assertThat(server.requests(Endpoint.RESULT)).isEqualTo(1);
    }

    @Test
    void pollsAgainWhileTheTaskRunsWithAGrowingInterval() throws Exception {
        server.setTaskDurations(Duration.ofMillis(1200), Duration.ofMillis(1200));
        start(shortPolls().build());
        String taskId = client.submit(document(1));

        poller.await(taskId).get(10, TimeUnit.SECONDS);

        // 100 ms, then intervals 50, 75, 112, 168, 200, 200, ... : about 8 polls for 1.2 s, far fewer than at 50 ms.
        assertThat(server.requests(Endpoint.RESULT)).isBetween(4, 12);
    }

    @Test
    void aFailedTaskEndsAsTaskFailedCarryingBaidusReason() throws Exception {
        server.failNextTasks(1, "document type not supported");
        start(shortPolls().build());
        String taskId = client.submit(document(1));

        IocrException e = failure(poller.await(taskId));

        assertThat(e.category()).isEqualTo(ErrorCategory.TASK_FAILED);
        assertThat(e.getMessage()).contains(taskId).contains("document type not supported");
        assertThat(e.baiduMessage()).isEqualTo("document type not supported");
    }

    @Test
    void aTaskNotFinishedWithinMaxWaitFailsWithAClearReason() throws Exception {
        server.setTaskDurations(Duration.ofSeconds(30), Duration.ofSeconds(30));
        start(shortPolls().maxWait(Duration.ofMillis(700)).build());
        String taskId = client.submit(document(1));

        IocrException e = failure(poller.await(taskId));

        assertThat(e.category()).isEqualTo(ErrorCategory.TASK_FAILED);
        assertThat(e.getMessage()).contains("did not finish within 700 ms").contains("status Running")
                .contains("iocr.client.maxWaitMs");
    }

    @Test
    void aPollThatFailsForGoodEndsTheWaitWithItsCategory() throws Exception {
        start(shortPolls().build());
        String taskId = client.submit(document(1));
        server.injectNext(Endpoint.RESULT, 1, Fault.baiduError(17));

        assertThat(failure(poller.await(taskId)).category()).isEqualTo(ErrorCategory.QUOTA);
    }

    @Test
    void transientPollFailuresBeyondTheClientsRetriesAreRetriedAtTheNextInterval() throws Exception {
        start(shortPolls().maxAttempts(2).build());
        String taskId = client.submit(document(1));
        server.injectNext(Endpoint.RESULT, 5, Fault.internalError());

        assertThat(poller.await(taskId).get(10, TimeUnit.SECONDS).status()).isEqualTo(TaskStatus.SUCCESS);
    }

    @Test
    void withTwentyPercentTransientFaultsEveryTaskSucceedsAndNoneIsSubmittedTwice() throws Exception {
        server.injectRandomly(Endpoint.SUBMIT, 0.2, 1, Fault.qpsExceeded(), Fault.internalError(),
                Fault.httpStatus(500), Fault.baiduError(2), Fault.slow(Duration.ofMillis(30)));
        server.injectRandomly(Endpoint.RESULT, 0.2, 2, Fault.qpsExceeded(), Fault.internalError(),
                Fault.httpStatus(500), Fault.connectionReset(), Fault.malformedJson(), Fault.slow(Duration.ofMillis(30)));
        server.injectRandomly(Endpoint.TOKEN, 0.2, 3, Fault.httpStatus(503));
        start(shortPolls().build());
        int documents = 200;
        ExecutorService submitters = Executors.newFixedThreadPool(4);
        List<Future<CompletableFuture<RecognitionResponse>>> submitted = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            int index = i;
            submitted.add(submitters.submit(() -> poller.await(client.submit(document(index)))));
        }
        List<RecognitionResponse> results = new ArrayList<>();
        try {
            for (Future<CompletableFuture<RecognitionResponse>> future : submitted) {
                results.add(future.get(60, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS));
            }
        } finally {
            submitters.shutdownNow();
        }

        assertThat(results).hasSize(documents).allSatisfy(r -> assertThat(r.status()).isEqualTo(TaskStatus.SUCCESS));
        assertThat(server.faultsInjected(Endpoint.SUBMIT)).isGreaterThan(20);
        assertThat(server.faultsInjected(Endpoint.RESULT)).isGreaterThan(20);
        assertThat(server.acceptedSubmits()).isEqualTo(documents);
        assertThat(server.acceptedSubmitsPerDocument()).hasSize(documents);
        assertThat(server.maxAcceptedSubmitsOfOneDocument()).isEqualTo(1);
    }

    @Test
    void aFatalInputErrorEndsFailedAfterExactlyOneAttempt() {
        server.injectNext(Endpoint.SUBMIT, 1, Fault.imageFormatError());
        start(shortPolls().build());

        IocrException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> client.submit(document(1)),
                IocrException.class);

        assertThat(e.category()).isEqualTo(ErrorCategory.INPUT);
        assertThat(server.requests(Endpoint.SUBMIT)).isEqualTo(1);
        assertThat(server.acceptedSubmits()).isZero();
    }

    @Test
    void cancellingTheFutureStopsPolling() throws Exception {
        server.setTaskDurations(Duration.ofSeconds(30), Duration.ofSeconds(30));
        start(shortPolls().initialPollDelay(Duration.ofMillis(300)).build());
        String taskId = client.submit(document(1));

        poller.await(taskId).cancel(false);
        Thread.sleep(600);

        assertThat(server.requests(Endpoint.RESULT)).isZero();
    }
}
