package io.iocr.share;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every label the extension shows exists in English and Simplified Chinese. */
class MessageBundlesTest {

    static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    static final Path RESOURCES = MODULE.resolve("src/main/resources");
    static final String PANEL_BUNDLE = "io/iocr/components/recognition/iocr-recognition.get";
    static final String GLOBAL_BUNDLE = "alfresco/web-extension/messages/iocr-share";
    static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    static Properties global(String suffix) {
        return SurfTemplates.bundle(GLOBAL_BUNDLE + suffix + ".properties");
    }

    static Properties panel(String suffix) {
        return SurfTemplates.bundle(SurfTemplates.WEBSCRIPTS + PANEL_BUNDLE + suffix + ".properties");
    }

    static String read(String resourcePath) throws IOException {
        return Files.readString(RESOURCES.resolve(resourcePath), StandardCharsets.UTF_8);
    }

    static Set<String> matches(String text, String regex) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void chineseBundlesTranslateExactlyTheEnglishKeys() {
        assertThat(panel("_zh_CN").stringPropertyNames()).isEqualTo(panel("").stringPropertyNames());
        assertThat(global("_zh_CN").stringPropertyNames()).isEqualTo(global("").stringPropertyNames());
    }

    @Test
    void everyChineseLabelIsWrittenInChinese() {
        for (Properties zh : new Properties[] {panel("_zh_CN"), global("_zh_CN")}) {
            zh.forEach((key, value) -> assertThat(CJK.matcher((String) value).find()).as("%s=%s", key, value).isTrue());
        }
    }

    @Test
    void everyKeyThePanelTemplateAndScriptUseIsInThePanelBundle() throws IOException {
        String template = read("alfresco/web-extension/site-webscripts/" + PANEL_BUNDLE + ".html.ftl");
        String script = read("META-INF/resources/iocr-share/components/recognition/iocr-recognition.js");
        Set<String> keys = matches(template, "msg\\(\"([a-zA-Z.]*[a-zA-Z])\"[,)]");
        keys.addAll(matches(template, "\\?then\\(\"([a-zA-Z.]+)\""));
        keys.addAll(matches(template, "\\?then\\(\"[a-zA-Z.]+\", \"([a-zA-Z.]+)\"\\)"));
        keys.addAll(matches(script, "msg\\(\"([a-zA-Z.]+)\""));
        assertThat(keys).hasSizeGreaterThan(25);
        assertThat(panel("").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void everyRecognitionStatusAndErrorCategoryHasItsLabels() throws IOException {
        Set<String> keys = panel("").stringPropertyNames();
        for (String status : new String[] {"NONE", "PENDING", "SUBMITTED", "SUCCEEDED", "FAILED", "UNSUPPORTED"}) {
            assertThat(keys).contains("iocr.status." + status);
        }
        String categories = Files.readString(MODULE.resolve("../iocr-platform/src/main/java/io/iocr/client/ErrorCategory.java"));
        Set<String> names = matches(categories.substring(categories.indexOf("enum ErrorCategory")), "\\n\\s+([A-Z_]+)[,;\\n]");
        assertThat(names).contains("INPUT", "QUOTA");
        names.forEach(category -> assertThat(keys).contains("iocr.error.hint." + category));
    }

    @Test
    void everyKeyTheDocumentLibraryActionUsesIsInTheGlobalBundle() throws IOException {
        String actions = read("META-INF/resources/iocr-share/components/documentlibrary/iocr-actions.js");
        Set<String> keys = matches(actions, "message\\(\"([a-zA-Z.-]+)\"");
        assertThat(keys).containsExactlyInAnyOrder("iocr-share.action.rerun.success", "iocr-share.action.rerun.failure");
        assertThat(global("").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void noLabelHasAnApostropheThatMessageFormatWouldSwallow() {
        for (Properties bundle : new Properties[] {panel(""), panel("_zh_CN"), global(""), global("_zh_CN")}) {
            bundle.forEach((key, value) -> assertThat((String) value).as("%s", key).doesNotContain("'"));
        }
    }

    @Test
    void globalKeysCarryTheModulePrefixUnlessShareDerivesThem() {
        assertThat(global("").stringPropertyNames())
                .allSatisfy(key -> assertThat(key).matches("iocr-share\\..+|aspect\\.iocr_[A-Za-z]+"));
        assertThat(panel("").stringPropertyNames()).allSatisfy(key -> assertThat(key).startsWith("iocr."));
    }
}
