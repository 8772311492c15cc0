package io.iocr.client;

import io.iocr.client.testserver.IocrTestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;

/**
 * Run in a child JVM with a small heap by {@link StreamingUploadTest}: submits a document whose upload is almost
 * 10 MB from a file on disk. Mode {@code client} uses {@link HttpIocrClient}; mode {@code naive} builds the form
 * value in memory the obvious way, to show the heap bound is tight enough to catch that.
 */
public final class StreamingUploadProbe {

    /** 7 MB of random bytes: about 9.9 MB after base64 and URL encoding, just under iOCR's 10 MB limit. */
    public static final int RAW_BYTES = 7 * 1024 * 1024;

    private StreamingUploadProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Files.createTempFile("iocr-probe", ".pdf");
        try {
            writeRandomPdf(file, RAW_BYTES);
            if ("naive".equals(args[0])) {
                byte[] raw = Files.readAllBytes(file);
                String form = URLEncoder.encode(Base64.getEncoder().encodeToString(raw), StandardCharsets.UTF_8);
                System.out.println("naive " + form.length());
                return;
            }
            try (IocrTestServer server = IocrTestServer.start(IocrTestServer.Options.defaults().withQps(10, 10));
                    HttpIocrClient client = new HttpIocrClient(server.clientConfig().build())) {
                client.submit(SubmitRequest.ofTemplate("large.pdf", () -> Files.newInputStream(file), "vat_invoice"));
                System.out.println("accepted " + server.acceptedSubmits() + " " + server.receivedSubmits().get(0)
                        .payloadLength());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    public static void writeRandomPdf(Path file, int size) throws IOException {
        Random random = new Random(17);
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            for (int written = 0; written < size; written += chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk, 0, Math.min(chunk.length, size - written));
            }
        }
    }
}
