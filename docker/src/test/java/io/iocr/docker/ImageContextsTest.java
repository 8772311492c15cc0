package io.iocr.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The image build contexts Maven assembled hold everything their Dockerfiles COPY, and the right things: our
 * JARs (the platform JAR without any Alfresco API stand-in), the engine's runnable JAR with its dependencies
 * and models, the stack's configuration.
 */
class ImageContextsTest {

    private static final Pattern GLOB = Pattern.compile("[*?\\[]");

    @ParameterizedTest
    @ValueSource(strings = {"acs", "share", "engine"})
    void every_source_a_dockerfile_copies_is_in_its_context(String image) throws IOException {
        Path context = StackFiles.stackDir().resolve(image);
        List<String> instructions = instructions(context.resolve("Dockerfile"));

        List<String> copies = instructions.stream().filter(i -> i.startsWith("COPY ")).toList();
        assertThat(copies).as("COPY instructions of %s", image).isNotEmpty();
        for (String copy : copies) {
            List<String> args = new ArrayList<>(Arrays.asList(copy.substring(5).trim().split("\\s+")));
            args.removeIf(a -> a.startsWith("--"));
            List<String> sources = args.subList(0, args.size() - 1);
            int matched = 0;
            for (String source : sources) {
                if (GLOB.matcher(source).find()) {
                    matched += matches(context, source).size();
                } else {
                    assertThat(context.resolve(source)).as("%s (in %s)", source, copy).exists();
                    matched++;
                }
            }
            assertThat(matched).as("files matched by %s", copy).isPositive();
        }
    }

    @Test
    void the_repository_image_gets_the_platform_jar_without_alfresco_api_stand_ins() throws IOException {
        List<Path> jars = StackFiles.files(StackFiles.stackDir().resolve("acs/extensions"), "*.jar");

        assertThat(jars).singleElement().satisfies(jar -> assertThat(jar.getFileName().toString())
                .startsWith("iocr-platform-"));
        try (JarFile jar = new JarFile(jars.get(0).toFile())) {
            List<String> entries = jar.stream().map(e -> e.getName()).toList();
            assertThat(entries).contains("alfresco/module/iocr-platform/module.properties",
                    "alfresco/module/iocr-platform/module-context.xml");
            assertThat(entries).as("classes of alfresco-api-stubs or other Alfresco/Surf classes")
                    .noneMatch(e -> e.startsWith("org/alfresco/") || e.startsWith("org/springframework/"));
        }
    }

    @Test
    void the_repository_image_starts_from_the_community_repository_of_the_platform_version() throws IOException {
        assertThat(instructions(StackFiles.stackDir().resolve("acs/Dockerfile")))
                .contains("FROM alfresco/alfresco-content-repository-community:" + platformVersion());
    }

    @Test
    void the_share_image_gets_the_share_jar_and_endpoints_of_the_stack_repository() throws Exception {
        Path context = StackFiles.stackDir().resolve("share");

        assertThat(StackFiles.files(context.resolve("extensions"), "*.jar")).singleElement()
                .satisfies(jar -> assertThat(jar.getFileName().toString()).startsWith("iocr-share-"));
        Document config = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(context.resolve("share-config-custom.xml").toFile());
        NodeList urls = config.getElementsByTagName("endpoint-url");
        assertThat(urls.getLength()).isEqualTo(4);
        for (int i = 0; i < urls.getLength(); i++) {
            assertThat(urls.item(i).getTextContent()).startsWith("http://iocr-acs:8080/alfresco/");
        }
        assertThat(instructions(context.resolve("Dockerfile")))
                .anyMatch(i -> i.startsWith("FROM alfresco/alfresco-share:"));
    }

    @Test
    void the_engine_image_gets_a_runnable_jar_its_dependencies_and_the_onnx_models() throws IOException {
        Path app = StackFiles.stackDir().resolve("engine/app");
        String mainClass = StackFiles.engineMainClass();

        List<String> libs = StackFiles.files(app.resolve("lib"), "*.jar").stream()
                .map(p -> p.getFileName().toString()).toList();
        assertThat(libs).anyMatch(l -> l.startsWith("iocr-platform-"))
                .anyMatch(l -> l.startsWith("jackson-databind-"))
                .noneMatch(l -> l.startsWith("iocr-share-") || l.startsWith("iocr-engine"));
        try (JarFile jar = new JarFile(app.resolve("iocr-engine.jar").toFile())) {
            List<String> entries = jar.stream().map(e -> e.getName()).toList();
            assertThat(entries).contains(mainClass.replace('.', '/') + ".class");
            String models = System.getProperty("iocr.engine.models.path", "io/iocr/engine/models") + "/";
            assertThat(entries).as("ONNX models under %s", models)
                    .anyMatch(e -> e.startsWith(models) && e.endsWith(".onnx"));
        }
    }

    /** The Dockerfile's instructions, continuation lines joined and comments dropped. */
    private static List<String> instructions(Path dockerfile) throws IOException {
        String text = Files.readString(dockerfile).replaceAll("\\\\\\r?\\n", " ");
        return text.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static List<Path> matches(Path context, String source) {
        Path relative = Path.of(source);
        Path dir = relative.getParent() == null ? context : context.resolve(relative.getParent());
        return StackFiles.files(dir, relative.getFileName().toString());
    }

    /** The ACS version of the build (root POM property alfresco.platform.version), passed by the POM. */
    private static String platformVersion() {
        String version = System.getProperty("alfresco.platform.version");
        assertThat(version).as("alfresco.platform.version").matches("2[3-9]\\.\\d+\\.\\d+");
        return version;
    }
}
