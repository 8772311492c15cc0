package io.iocr.bench;

import io.iocr.client.HttpIocrClient;
import io.iocr.client.IocrClientConfig;
import io.iocr.client.IocrPoller;
import io.iocr.client.StreamingUploadProbe;
import io.iocr.client.SubmitRequest;
import io.iocr.client.TestDocuments;
import io.iocr.client.model.RecognitionResponse;
import io.iocr.client.model.TaskStatus;
import io.iocr.client.testserver.IocrTestServer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./run.sh bench client}: the iOCR client and poller against the protocol test server at Baidu's default
 * limits (2 submits and 10 polls per second), tasks running 1–3 s, 300 documents (override with the first
 * argument). Prints one JSON line last:
 * <ul>
 *   <li>{@code submit_rate_of_limit}: accepted submits per second, measured by the server between its first and
 *       last acceptance, divided by the submit limit (target ≥ 0.97);</li>
 *   <li>{@code qps_errors}: requests the server refused with code 18 because its QPS limit was exceeded (target 0);</li>
 *   <li>{@code result_delay_p95_s}: 95th percentile of the time from a task's finish on the server to the client
 *       holding its result (target ≤ 2 × poll interval);</li>
 *   <li>{@code poll_interval_s}: the largest interval between polls of one task ({@code pollIntervalMax});</li>
 *   <li>{@code heap_10mb_submit_mb}: heap retained while a document whose upload is 9.9 MB (7 MB file) is being
 *       submitted: the server pauses reading the body after 5 MB, the bench forces full collections and takes
 *       used heap minus the used heap measured the same way just before the submit (target ≤ 8). The server's
 *       own buffers run in this JVM too and are counted.</li>
 * </ul>
 */
public final class ClientBench {

    private static final double SUBMIT_QPS = 2;
    private static final double POLL_QPS = 10;
    private static final Duration POLL_INTERVAL_MAX = Duration.ofSeconds(1);

    private ClientBench() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        IocrTestServer.Options options = IocrTestServer.Options.defaults().withQps(SUBMIT_QPS, POLL_QPS)
                .withTaskDurations(Duration.ofSeconds(1), Duration.ofSeconds(3));
        try (IocrTestServer server = IocrTestServer.start(options)) {
            IocrClientConfig config = server.clientConfig()
                    .submitQps(SUBMIT_QPS)
                    .pollQps(POLL_QPS)
                    .initialPollDelay(Duration.ofSeconds(1))
                    .pollInterval(Duration.ofMillis(500))
                    .pollIntervalGrowth(1.5)
                    .pollIntervalMax(POLL_INTERVAL_MAX)
                    .maxWait(Duration.ofMinutes(2))
                    .build();
            try (HttpIocrClient client = new HttpIocrClient(config);
                    IocrPoller poller = IocrPoller.withOwnScheduler(client, config, 4)) {
                double heapMb = heapDuringLargeSubmit(server, client);
                System.err.printf(Locale.ROOT, "heap retained during a 9.9 MB submit: %.2f MB%n", heapMb);
                Run run = submitAndPoll(server, client, poller, documents);
                List<Long> accepted = server.acceptedSubmitTimesNanos().subList(1, documents + 1); // after the large one
                double seconds = (accepted.get(accepted.size() - 1) - accepted.get(0)) / 1e9;
                double rate = (accepted.size() - 1) / seconds / SUBMIT_QPS;
                double p95 = percentile(run.delaysSeconds, 0.95);
                System.err.printf(Locale.ROOT, "%d documents, %d Success, %d failed, max submits of one document %d, "
                        + "%.1f s of submitting%n", documents, run.succeeded, run.failed,
                        server.maxAcceptedSubmitsOfOneDocument(), seconds);
                System.out.printf(Locale.ROOT, "{\"bench\":\"client\",\"submit_rate_of_limit\":%.3f,\"qps_errors\":%d,"
                        + "\"result_delay_p95_s\":%.2f,\"poll_interval_s\":%.1f,\"heap_10mb_submit_mb\":%.2f}%n",
                        rate, server.qpsViolations(), p95, POLL_INTERVAL_MAX.toMillis() / 1000.0, heapMb);
            }
        }
    }

    private record Run(List<Double> delaysSeconds, int succeeded, int failed) {
    }

    private static Run submitAndPoll(IocrTestServer server, HttpIocrClient client, IocrPoller poller,
            int documents) throws Exception {
        Map<String, Long> resultNanos = new ConcurrentHashMap<>();
        List<CompletableFuture<RecognitionResponse>> futures = Collections.synchronizedList(new ArrayList<>());
        List<String> taskIds = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService submitters = Executors.newFixedThreadPool(3);
        for (int t = 0; t < 3; t++) {
            submitters.execute(() -> {
                for (int i = next.getAndIncrement(); i < documents; i = next.getAndIncrement()) {
                    byte[] png = TestDocuments.distinctPng(i);
                    String taskId = client.submit(SubmitRequest.ofTemplate("bench-" + i + ".png",
                            TestDocuments.source(png), "vat_invoice"));
                    taskIds.add(taskId);
                    futures.add(poller.await(taskId).whenComplete((response, error) ->
                            resultNanos.put(taskId, System.nanoTime())));
                }
            });
        }
        submitters.shutdown();
        submitters.awaitTermination(30, TimeUnit.MINUTES);
        int succeeded = 0;
        int failed = 0;
        for (CompletableFuture<RecognitionResponse> future : futures) {
            try {
                if (future.get(5, TimeUnit.MINUTES).status() == TaskStatus.SUCCESS) {
                    succeeded++;
                }
            } catch (Exception e) {
                failed++;
                System.err.println("task failed: " + e.getMessage());
            }
        }
        List<Double> delays = new ArrayList<>();
        for (String taskId : taskIds) {
            delays.add((resultNanos.get(taskId) - server.taskFinishNanos(taskId)) / 1e9);
        }
        return new Run(delays, succeeded, failed);
    }

    /** Extra heap retained while a 9.9 MB upload is half sent: see the class comment. */
    private static double heapDuringLargeSubmit(IocrTestServer server, HttpIocrClient client) throws Exception {
        Path file = Files.createTempFile("iocr-bench", ".pdf");
        try {
            StreamingUploadProbe.writeRandomPdf(file, StreamingUploadProbe.RAW_BYTES);
            SubmitRequest request = SubmitRequest.ofTemplate("large.pdf", () -> Files.newInputStream(file), "t");
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long baseline = usedAfterFullGc(memory);
            IocrTestServer.UploadPause pause = server.pauseNextUploadAfter(5L * 1024 * 1024);
            CompletableFuture<String> submit = CompletableFuture.supplyAsync(() -> client.submit(request));
            if (!pause.awaitPaused(Duration.ofSeconds(60))) {
                throw new IllegalStateException("the upload never reached the pause point");
            }
            long during = usedAfterFullGc(memory);
            pause.release();
            submit.get(60, TimeUnit.SECONDS);
            return (during - baseline) / (1024.0 * 1024.0);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long usedAfterFullGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double percentile(List<Double> values, double fraction) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(fraction * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
