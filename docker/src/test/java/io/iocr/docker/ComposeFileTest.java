package io.iocr.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compose file users start the stack with: Debian's docker-compose accepts it without a Docker engine, and
 * it declares the services, ports, volumes and wiring README promises.
 */
class ComposeFileTest {

    private static final Set<String> SERVICES = Set.of(
            "iocr-acs", "iocr-share", "iocr-postgres", "iocr-ass", "iocr-activemq", "iocr-transform", "iocr-engine");

    @Test
    void docker_compose_accepts_the_assembled_compose_file() throws Exception {
        List<String> command = new ArrayList<>(composeCommand());
        command.addAll(List.of("-f", StackFiles.composeFile().toString(), "config", "-q"));

        Result result = run(command);

        assertThat(result.exitCode)
                .as("%s printed:%n%s", String.join(" ", command), result.output)
                .isZero();
    }

    @Test
    void the_stack_has_every_service_with_the_sdk_ports() {
        JsonNode services = StackFiles.compose().path("services");

        assertThat(fieldNames(services)).containsExactlyInAnyOrderElementsOf(SERVICES);
        assertThat(publishedPorts(services.path("iocr-acs"))).contains("8080:8080");
        assertThat(publishedPorts(services.path("iocr-share"))).contains("8180:8080");
        assertThat(publishedPorts(services.path("iocr-postgres"))).contains("5555:5432");
        assertThat(publishedPorts(services.path("iocr-ass"))).contains("8983:8983");
        assertThat(publishedPorts(services.path("iocr-engine"))).contains("8099:8099");
    }

    @Test
    void our_three_images_are_built_from_the_assembled_contexts_and_the_others_are_pinned() {
        JsonNode services = StackFiles.compose().path("services");

        for (String built : List.of("iocr-acs", "iocr-share", "iocr-engine")) {
            String context = services.path(built).path("build").path("context").asText();
            assertThat(StackFiles.stackDir().resolve(context).resolve("Dockerfile"))
                    .as("Dockerfile of %s", built).isRegularFile();
        }
        for (String pulled : List.of("iocr-postgres", "iocr-ass", "iocr-activemq", "iocr-transform")) {
            assertThat(services.path(pulled).path("image").asText())
                    .as("image of %s", pulled).matches("[a-z0-9./-]+:[0-9][\\w.-]*");
        }
    }

    @Test
    void state_lives_in_named_volumes_so_stop_keeps_it_and_purge_removes_it() {
        JsonNode compose = StackFiles.compose();
        Set<String> declared = fieldNames(compose.path("volumes"));

        assertThat(declared).contains("iocr-acs-volume", "iocr-db-volume", "iocr-ass-volume");
        Set<String> used = new TreeSet<>();
        compose.path("services").forEach(service -> service.path("volumes")
                .forEach(mount -> used.add(mount.asText().split(":")[0])));
        assertThat(used).isEqualTo(declared);
    }

    @Test
    void services_that_others_wait_for_have_healthchecks() {
        JsonNode services = StackFiles.compose().path("services");

        Set<String> awaitedHealthy = new TreeSet<>();
        services.forEach(service -> service.path("depends_on").fields().forEachRemaining(dependency -> {
            if ("service_healthy".equals(dependency.getValue().path("condition").asText())) {
                awaitedHealthy.add(dependency.getKey());
            }
        }));

        assertThat(awaitedHealthy).contains("iocr-acs", "iocr-postgres", "iocr-activemq");
        for (String name : SERVICES) {
            assertThat(services.path(name).path("healthcheck").path("test").isArray())
                    .as("healthcheck of %s", name).isTrue();
        }
    }

    @Test
    void the_repository_reaches_the_engine_postgres_solr_activemq_and_transforms_by_service_name() {
        Properties global = StackFiles.acsGlobalProperties();
        Set<String> services = fieldNames(StackFiles.compose().path("services"));

        for (String key : List.of("iocr.client.tokenUrl", "iocr.client.requestUrl", "iocr.client.resultUrl")) {
            assertThat(global.getProperty(key)).as(key).startsWith("http://iocr-engine:8099/");
        }
        assertThat(global).containsEntry("local.transform.service.enabled", "true");
        assertThat(global.getProperty("localTransform.core-aio.url")).startsWith("http://iocr-transform:8090");
        assertThat(global.getProperty("db.url")).startsWith("jdbc:postgresql://iocr-postgres:5432/");
        assertThat(global.getProperty("messaging.broker.url")).contains("nio://iocr-activemq:61616");
        assertThat(services).contains(global.getProperty("solr.host"));
        assertThat(global).containsEntry("iocr.demo.enabled", "true");
    }

    @Test
    void maven_filtering_left_no_placeholder_unresolved() throws IOException {
        Pattern placeholder = Pattern.compile("\\$\\{[\\w.-]+}");
        List<String> unresolved = new ArrayList<>();
        try (Stream<Path> files = Files.walk(StackFiles.stackDir())) {
            for (Path file : files.filter(StackFilesFilter::isStackText).toList()) {
                Matcher m = placeholder.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    unresolved.add(StackFiles.stackDir().relativize(file) + ": " + m.group());
                }
            }
        }
        assertThat(unresolved).isEmpty();
    }

    @Test
    void compose_names_the_project_iocr_so_containers_and_volumes_do_not_collide() throws IOException {
        assertThat(Files.readAllLines(StackFiles.stackDir().resolve(".env"))).contains("COMPOSE_PROJECT_NAME=iocr");
    }

    private static final class StackFilesFilter {
        static boolean isStackText(Path p) {
            String name = p.getFileName().toString();
            return Files.isRegularFile(p) && !p.toString().contains("surefire")
                    && (name.equals("Dockerfile") || name.endsWith(".yml") || name.endsWith(".xml")
                    || name.endsWith(".properties") || name.equals(".env"));
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> publishedPorts(JsonNode service) {
        List<String> ports = new ArrayList<>();
        service.path("ports").forEach(p -> ports.add(p.asText()));
        return ports;
    }

    /** Debian's docker-compose (installed by ./run.sh test), else the Compose plugin of a Docker client. */
    private static List<String> composeCommand() throws Exception {
        if (run(List.of("docker-compose", "version")).exitCode == 0) {
            return List.of("docker-compose");
        }
        if (run(List.of("docker", "compose", "version")).exitCode == 0) {
            return List.of("docker", "compose");
        }
        throw new AssertionError("Neither docker-compose nor 'docker compose' is installed: ./run.sh test installs "
                + "Debian's docker-compose; elsewhere install Docker Compose");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return new Result(-1, notInstalled.getMessage());
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within 120 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.exitValue(), output);
    }
}
