package io.iocr.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The engine image's command, run on the assembled context without Docker: the JAR, its lib/ folder and the models
 * inside the JAR are enough for the engine to start and pass the health check the compose file uses.
 */
class EngineContextStartsTest {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    @Test
    void the_engine_starts_from_the_assembled_context_and_reports_healthy() throws Exception {
        Path app = StackFiles.stackDir().resolve("engine/app").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp",
                app.resolve("iocr-engine.jar") + ":" + app.resolve("lib") + "/*", StackFiles.engineMainClass())
                .redirectErrorStream(true);
        builder.environment().put("IOCR_ENGINE_HOST", "127.0.0.1");
        builder.environment().put("IOCR_ENGINE_PORT", "0");
        Process engine = builder.start();
        try {
            CompletableFuture<String> address = CompletableFuture.supplyAsync(() -> awaitAddress(engine));
            String base = address.get(90, TimeUnit.SECONDS);

            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/health")).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(health.body()).contains("\"UP\"");
        } finally {
            engine.destroy();
            if (!engine.waitFor(20, TimeUnit.SECONDS)) {
                engine.destroyForcibly();
            }
        }
    }

    /** Reads the engine's log until it says where it listens (then keeps draining it so it never blocks). */
    private static String awaitAddress(Process engine) {
        BufferedReader log = new BufferedReader(new InputStreamReader(engine.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        try {
            String line;
            while ((line = log.readLine()) != null) {
                seen.append(line).append('\n');
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    Thread drain = new Thread(() -> log.lines().forEach(ignored -> { }), "engine-log");
                    drain.setDaemon(true);
                    drain.start();
                    return m.group(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("The engine ended before listening:\n" + seen);
    }
}
