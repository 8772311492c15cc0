package io.iocr.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The packaged iocr-platform JAR (built by the package phase, checked here in integration-test) carries our code
 * and resources and none of the Alfresco API stand-ins: ACS provides the real classes, and a stand-in in
 * WEB-INF/lib would shadow them.
 */
class PlatformJarIT {

    private static Set<String> jarEntries() throws IOException {
        Path jar = Path.of(System.getProperty("iocr.platformJar", "target/missing.jar"));
        assertThat(jar).as("the packaged iocr-platform JAR").isRegularFile();
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(entry -> entry.getName()).collect(Collectors.toSet());
        }
    }

    @Test
    void theJarHoldsTheRepositoryIntegrationAndItsResources() throws IOException {
        Set<String> entries = jarEntries();

        assertThat(entries).contains(
                "io/iocr/alfresco/RecognitionPump.class",
                "io/iocr/alfresco/AutoRecognitionBehaviour.class",
                "alfresco/module/iocr-platform/module-context.xml",
                "alfresco/module/iocr-platform/alfresco-global.properties",
                "alfresco/module/iocr-platform/model/iocr-model.xml",
                "alfresco/extension/templates/webscripts/io/iocr/recognition.get.desc.xml");
    }

    @Test
    void noClassOfTheAlfrescoApiStandInsIsPackaged() throws IOException {
        Set<String> entries = jarEntries();
        Path stubClasses = Path.of(System.getProperty("iocr.stubClasses", "../alfresco-api-stubs/target/classes"));
        Assumptions.assumeTrue(Files.isDirectory(stubClasses), "built with -Palfresco-sdk: no stand-ins to check");
        List<String> standIns;
        try (Stream<Path> files = Files.walk(stubClasses)) {
            standIns = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> stubClasses.relativize(file).toString().replace('\\', '/'))
                    .toList();
        }

        assertThat(standIns).as("stand-in classes built").hasSizeGreaterThan(50)
                .contains("org/alfresco/service/cmr/repository/NodeService.class");
        assertThat(entries).doesNotContainAnyElementsOf(standIns);
        assertThat(entries).noneMatch(entry -> entry.startsWith("org/alfresco/")
                || entry.startsWith("org/springframework/") || entry.endsWith(".jar"));
    }
}
