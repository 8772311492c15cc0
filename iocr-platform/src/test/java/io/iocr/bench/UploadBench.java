package io.iocr.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import org.alfresco.service.cmr.repository.NodeRef;

import io.iocr.alfresco.IocrModel;
import io.iocr.alfresco.PipelineSettings;
import io.iocr.alfresco.RecognitionStatus;
import io.iocr.alfresco.harness.HarnessRepository;
import io.iocr.alfresco.harness.HarnessSecurity;
import io.iocr.alfresco.harness.RepositoryState;
import io.iocr.client.HttpIocrClient;
import io.iocr.client.IocrClient;
import io.iocr.client.SubmitRequest;
import io.iocr.client.model.RecognitionResponse;
import io.iocr.client.testserver.IocrTestServer;
import io.iocr.mapping.MappingCatalog;
import io.iocr.mapping.MappingFileResultMapper;

/**
 * {@code ./run.sh bench upload}. Two figures, in the in-process repository harness:
 * <ul>
 * <li>{@code behaviour_p50_ms}: the time the folder behaviour adds to an upload transaction (guards, folder walk,
 * PENDING mark, asynchronous action queued), median over many uploads into a marked folder, measured around the
 * behaviour's invocation by the harness's policy component. The queued actions are held meanwhile so they do
 * not compete with the uploads.</li>
 * <li>{@code pipeline_rate_of_limit}: documents recognised per second, from the first accepted submission to the
 * last result stored on its node, divided by the submit limit: the real HTTP client at 2 submits/s and 10 polls/s
 * against the protocol test server (tasks of 0.5 to 1.5 s, first poll after 0.5 s). The last task's own
 * duration is inside the window, so 1.0 is out of reach by about 1.5 s over the run.</li>
 * </ul>
 * Options: {@code --uploads N} (default 2000), {@code --documents N} (default 120).
 */
public final class UploadBench {

    private UploadBench() {
    }

    public static void main(String[] args) throws Exception {
        int uploads = intOption(args, "--uploads", 2000);
        int documents = intOption(args, "--documents", 120);
        double behaviourP50 = behaviourLatency(uploads);
        double rate = pipelineRate(documents);
        System.out.printf("{\"bench\":\"upload\",\"behaviour_p50_ms\":%.3f,\"pipeline_rate_of_limit\":%.3f}%n",
                behaviourP50, rate);
    }

    /** Median milliseconds the behaviour spends inside an upload transaction. */
    private static double behaviourLatency(int uploads) throws IOException {
        IocrClient idle = new IocrClient() {
            @Override
            public String submit(SubmitRequest request) {
                throw new IllegalStateException("not called: queued actions are held");
            }

            @Override
            public RecognitionResponse getResult(String taskId) {
                throw new IllegalStateException("not called");
            }
        };
        Properties properties = new Properties();
        try (HarnessRepository repo = HarnessRepository.startWithoutJob(new RepositoryState(),
                new HarnessRepository.Config(idle, new MappingFileResultMapper(MappingCatalog.shipped()),
                        PipelineSettings.from(properties), Duration.ofHours(1), 2))) {
            NodeRef sites = repo.createFolder(repo.companyHome(), "Sites");
            NodeRef site = repo.createFolder(sites, "finance");
            NodeRef library = repo.createFolder(site, "documentLibrary");
            NodeRef folder = repo.createFolder(library, "Invoices");
            repo.inTransaction(HarnessSecurity.ADMIN, () -> {
                repo.nodeService.addAspect(folder, IocrModel.ASPECT_AUTO_RECOGNISE,
                        new HashMap<>(Map.of(IocrModel.PROP_AUTO_TEMPLATE, "vat_invoice")));
                return null;
            });
            repo.grant(folder, "alice", "Collaborator");
            repo.actionServiceImpl.hold();
            byte[] scan = png(64, 48);
            int warmUp = Math.min(500, uploads / 2);
            for (int i = 0; i < warmUp; i++) {
                repo.upload("alice", folder, "warm" + i + ".png", "image/png", scan);
            }
            repo.policies.clearTimings();
            long started = System.nanoTime();
            for (int i = 0; i < uploads; i++) {
                repo.upload("alice", folder, "scan" + i + ".png", "image/png", scan);
            }
            double uploadMs = (System.nanoTime() - started) / 1e6 / uploads;
            List<Long> timings = repo.policies.timingsNanos("onContentPropertyUpdate");
            if (timings.size() != uploads) {
                throw new IllegalStateException("expected one behaviour call per upload, got " + timings.size());
            }
            Collections.sort(timings);
            double p50 = timings.get(timings.size() / 2) / 1e6;
            double p95 = timings.get((int) (timings.size() * 0.95)) / 1e6;
            System.out.printf("behaviour: %d uploads, p50 %.3f ms, p95 %.3f ms inside the behaviour; whole upload "
                    + "transaction %.3f ms on average%n", uploads, p50, p95, uploadMs);
            repo.actionServiceImpl.release();
            return p50;
        }
    }

    /** Steady-state recognitions per second over the submit limit (2/s), against the protocol test server. */
    private static double pipelineRate(int documents) throws Exception {
        double submitQps = 2;
        try (IocrTestServer server = IocrTestServer.start(IocrTestServer.Options.defaults()
                .withQps(submitQps, 10).withTaskDurations(Duration.ofMillis(500), Duration.ofMillis(1500)));
                HttpIocrClient client = new HttpIocrClient(server.clientConfig()
                        .initialPollDelay(Duration.ofMillis(500))
                        .pollInterval(Duration.ofMillis(250))
                        .pollIntervalMax(Duration.ofSeconds(1))
                        .build())) {
            Properties properties = new Properties();
            properties.setProperty("iocr.client.initialPollDelayMs", "500");
            properties.setProperty("iocr.client.pollIntervalMs", "250");
            properties.setProperty("iocr.client.pollIntervalMaxMs", "1000");
            try (HarnessRepository repo = HarnessRepository.start(new RepositoryState(),
                    new HarnessRepository.Config(client, new MappingFileResultMapper(MappingCatalog.shipped()),
                            PipelineSettings.from(properties), Duration.ofSeconds(1), 4))) {
                NodeRef folder = repo.createFolder(repo.companyHome(), "Invoices");
                repo.inTransaction(HarnessSecurity.ADMIN, () -> {
                    repo.nodeService.addAspect(folder, IocrModel.ASPECT_AUTO_RECOGNISE,
                            new HashMap<>(Map.of(IocrModel.PROP_AUTO_TEMPLATE, "vat_invoice")));
                    return null;
                });
                List<NodeRef> nodes = new ArrayList<>();
                for (int i = 0; i < documents; i++) {
                    nodes.add(repo.upload(HarnessSecurity.ADMIN, folder, "invoice" + i + ".png", "image/png",
                            png(400 + i, 300)));
                }
                Map<NodeRef, Long> finished = new HashMap<>();
                long deadline = System.nanoTime() + Duration.ofSeconds(documents * 2L + 60).toNanos();
                while (finished.size() < documents && System.nanoTime() < deadline) {
                    for (NodeRef node : nodes) {
                        if (!finished.containsKey(node) && RecognitionStatus.of(repo.property(node,
                                IocrModel.PROP_STATUS)) == RecognitionStatus.SUCCEEDED) {
                            finished.put(node, System.nanoTime());
                        }
                    }
                    Thread.sleep(20);
                }
                if (finished.size() < documents) {
                    throw new IllegalStateException("only " + finished.size() + " of " + documents + " recognised");
                }
                long firstSubmit = Collections.min(server.acceptedSubmitTimesNanos());
                long lastResult = Collections.max(finished.values());
                double seconds = (lastResult - firstSubmit) / 1e9;
                double perSecond = documents / seconds;
                System.out.printf("pipeline: %d documents, %.2f recognised/s from the first submission to the last "
                        + "result (limit %.0f/s), "
                        + "%d accepted submits, at most %d per document, %d QPS violations%n", documents,
                        perSecond, submitQps, server.acceptedSubmits(), server.maxAcceptedSubmitsOfOneDocument(),
                        server.qpsViolations());
                return perSecond / submitQps;
            }
        }
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().drawString("发票", 5, height / 2);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
    }

    private static int intOption(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
