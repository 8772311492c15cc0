package io.iocr.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What `mvn package` assembled under docker/target: the compose file and the image build contexts. */
final class StackFiles {

    private StackFiles() {
    }

    /** docker/target, passed by the POM (falls back to the module's target when run from an IDE). */
    static Path stackDir() {
        Path dir = Paths.get(System.getProperty("iocr.stack.dir", "target"));
        assertThat(dir.resolve("docker-compose.yml"))
                .as("the assembled compose file (run the docker module's package phase first)")
                .isRegularFile();
        return dir;
    }

    static Path composeFile() {
        return stackDir().resolve("docker-compose.yml");
    }

    static JsonNode compose() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(composeFile().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties acsGlobalProperties() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(stackDir().resolve("acs/alfresco-global.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The main class the engine Dockerfile's entrypoint runs. */
    static String engineMainClass() {
        try {
            Matcher m = Pattern.compile("lib/\\*' ([\\w.]+)")
                    .matcher(Files.readString(stackDir().resolve("engine/Dockerfile")));
            assertThat(m.find()).as("the engine Dockerfile names its main class").isTrue();
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> files(Path dir, String glob) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        var matcher = dir.getFileSystem().getPathMatcher("glob:" + glob);
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> matcher.matches(p.getFileName())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
