package io.iocr.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keep Alfresco at the edge: the client, mapping and command-line packages use no Alfresco or Surf type, so they
 * are unit-tested alone and shared with the offline engine. Checks both the sources (imports and qualified names)
 * and the compiled classes (their constant pools name every referenced type).
 */
class AlfrescoFreePackagesTest {

    private static final List<String> PACKAGES = List.of("io/iocr/client", "io/iocr/mapping", "io/iocr/cli");
    private static final List<String> FORBIDDEN = List.of("org.alfresco.", "org.springframework.extensions.");

    @Test
    void sourcesOfClientMappingAndCliNameNoAlfrescoOrSurfType() throws IOException {
        List<Path> sources = files(Path.of("src/main/java"), ".java");
        assertThat(sources).as("sources under io/iocr/client and io/iocr/mapping").isNotEmpty();
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            for (String forbidden : FORBIDDEN) {
                assertThat(text).as(source + " must not use " + forbidden + "*").doesNotContain(forbidden);
            }
        }
    }

    @Test
    void compiledClassesOfClientMappingAndCliReferenceNoAlfrescoOrSurfType() throws IOException {
        List<Path> classes = files(Path.of("target/classes"), ".class");
        assertThat(classes).as("compiled classes").isNotEmpty();
        for (Path compiled : classes) {
            String constantPool = new String(Files.readAllBytes(compiled), StandardCharsets.ISO_8859_1);
            for (String forbidden : FORBIDDEN) {
                assertThat(constantPool).as(compiled + " must not reference " + forbidden + "*")
                        .doesNotContain(forbidden.replace('.', '/'));
            }
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        List<Path> found = new java.util.ArrayList<>();
        for (String pkg : PACKAGES) {
            Path dir = root.resolve(pkg);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> p.toString().endsWith(suffix)).forEach(found::add);
                }
            }
        }
        return found;
    }
}
