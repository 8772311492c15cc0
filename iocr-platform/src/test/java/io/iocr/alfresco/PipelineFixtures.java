package io.iocr.alfresco;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Properties;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import org.alfresco.service.cmr.repository.NodeRef;

import io.iocr.alfresco.harness.HarnessRepository;
import io.iocr.alfresco.harness.HarnessSecurity;

/** Shared fixtures of the repository tests: fast pipeline settings, documents, waiting for states. */
public final class PipelineFixtures {

    private PipelineFixtures() {
    }

    /** Defaults, but polling after 50 ms and no pauses longer than a test. */
    static PipelineSettings fastSettings() {
        Properties properties = new Properties();
        properties.setProperty("iocr.client.initialPollDelayMs", "50");
        properties.setProperty("iocr.client.pollIntervalMs", "50");
        properties.setProperty("iocr.pipeline.lockTtlSeconds", "5");
        return PipelineSettings.from(properties);
    }

    /** A real PNG of the given size. */
    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().drawString("发票 " + System.nanoTime(), 5, height / 2);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what);
            }
        }
        throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
    }

    static org.alfresco.service.namespace.QName invoiceNumber(HarnessRepository repo) {
        return repo.dictionary.resolve("iocr:invoiceNumber");
    }

    static org.alfresco.service.namespace.QName invoiceDate(HarnessRepository repo) {
        return repo.dictionary.resolve("iocr:invoiceDate");
    }

    static org.alfresco.service.namespace.QName totalAmount(HarnessRepository repo) {
        return repo.dictionary.resolve("iocr:totalAmount");
    }

    public static RecognitionStatus status(HarnessRepository repo, NodeRef node) {
        return RecognitionStatus.of(repo.property(node, IocrModel.PROP_STATUS));
    }

    static void awaitStatus(HarnessRepository repo, NodeRef node, RecognitionStatus expected) {
        await(node + " " + expected, Duration.ofSeconds(40), () -> status(repo, node) == expected);
    }

    /** A folder below Company Home marked for auto-recognition with {@code template}, writable by alice. */
    public static NodeRef markedFolder(HarnessRepository repo, String name, String template) {
        NodeRef folder = repo.createFolder(repo.companyHome(), name);
        repo.inTransaction(HarnessSecurity.ADMIN, () -> {
            repo.nodeService.addAspect(folder, IocrModel.ASPECT_AUTO_RECOGNISE,
                    new java.util.HashMap<>(java.util.Map.of(IocrModel.PROP_AUTO_TEMPLATE, template)));
            return null;
        });
        repo.grant(folder, "alice", "Collaborator");
        return folder;
    }
}
