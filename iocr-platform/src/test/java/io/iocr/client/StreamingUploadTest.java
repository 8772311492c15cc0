package io.iocr.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A ~10 MB upload is streamed, not held in memory: a child JVM with a heap too small to hold the document even
 * twice submits it through the client to the protocol test server (both in that JVM), while building the same
 * form value in memory the obvious way runs out of heap in the same bound.
 */
class StreamingUploadTest {

    /** 7 MB raw plus 9.9 MB encoded do not fit; the streaming client passes even at 10 MB of heap. */
    private static final String HEAP = "-Xmx16m";

    private static ProcessResult runProbe(String mode) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(List.of(java, HEAP, "-XX:+UseSerialGC", "-cp", classpath,
                StreamingUploadProbe.class.getName(), mode)).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("probe did not finish");
        }
        return new ProcessResult(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private record ProcessResult(int exitCode, String output) {
    }

    @Test
    void aTenMegabyteUploadStreamsWithinASmallHeap() throws Exception {
        ProcessResult result = runProbe("client");

        assertThat(result.output()).contains("accepted 1");
        assertThat(result.exitCode()).isZero();
        long encoded = Long.parseLong(result.output().replaceAll("(?s).*accepted 1 (\\d+).*", "$1"));
        assertThat(encoded).isBetween(9_500_000L, 10L * 1024 * 1024);
    }

    @Test
    void buildingTheSameUploadInMemoryDoesNotFitThatHeap() throws Exception {
        ProcessResult result = runProbe("naive");

        assertThat(result.output()).contains("OutOfMemoryError");
        assertThat(result.exitCode()).isNotZero();
    }
}
