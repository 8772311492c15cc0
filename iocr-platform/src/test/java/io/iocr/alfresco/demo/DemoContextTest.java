package io.iocr.alfresco.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.alfresco.repo.module.AbstractModuleComponent;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Spring wiring of the demo, as the repository will read it from the module JAR. */
class DemoContextTest {

    private static final String MODULE = "alfresco/module/iocr-platform/";

    @Test
    void the_module_context_imports_the_demo_context() throws Exception {
        Document moduleContext = parse(MODULE + "module-context.xml");

        List<String> imports = new ArrayList<>();
        NodeList nodes = moduleContext.getElementsByTagName("import");
        for (int i = 0; i < nodes.getLength(); i++) {
            imports.add(((Element) nodes.item(i)).getAttribute("resource"));
        }
        assertThat(imports).contains("classpath:" + MODULE + "context/demo-context.xml");
    }

    @Test
    void the_bean_is_a_module_component_of_this_module_and_every_property_has_a_setter() throws Exception {
        Element bean = demoBean();

        assertThat(bean.getAttribute("parent")).isEqualTo("module.baseComponent");
        Class<?> type = Class.forName(bean.getAttribute("class"));
        assertThat(AbstractModuleComponent.class).isAssignableFrom(type);
        assertThat(Modifier.isAbstract(type.getModifiers())).isFalse();
        NodeList properties = bean.getElementsByTagName("property");
        assertThat(properties.getLength()).isGreaterThan(10);
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            String name = property.getAttribute("name");
            if (name.equals("moduleId")) {
                assertThat(property.getAttribute("value")).isEqualTo(moduleProperties().getProperty("module.id")
                        .replace("${project.artifactId}", "iocr-platform"));
            }
            String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            assertThat(Arrays.stream(type.getMethods()).map(Method::getName)).as("setter for %s", name)
                    .contains(setter);
        }
    }

    @Test
    void every_placeholder_has_a_module_default_and_the_demo_is_off_unless_the_admin_turns_it_on()
            throws Exception {
        Properties defaults = new Properties();
        try (InputStream in = resource(MODULE + "alfresco-global.properties")) {
            defaults.load(in);
        }
        Matcher placeholder = Pattern.compile("\\$\\{([^}]+)}").matcher(text(MODULE + "context/demo-context.xml"));
        List<String> keys = new ArrayList<>();
        while (placeholder.find()) {
            keys.add(placeholder.group(1));
        }

        assertThat(keys).contains("iocr.demo.enabled", "iocr.demo.site", "iocr.demo.inbox", "iocr.demo.template");
        assertThat(defaults.stringPropertyNames()).containsAll(keys);
        assertThat(defaults).containsEntry("iocr.demo.enabled", "false")
                .containsEntry("iocr.demo.site", "iocr-demo")
                .containsEntry("iocr.demo.inbox", "iOCR Inbox");
    }

    private static Element demoBean() throws Exception {
        NodeList beans = parse(MODULE + "context/demo-context.xml").getElementsByTagName("bean");
        assertThat(beans.getLength()).isEqualTo(1);
        return (Element) beans.item(0);
    }

    private static Properties moduleProperties() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = resource(MODULE + "module.properties")) {
            properties.load(in);
        }
        return properties;
    }

    private static Document parse(String path) throws Exception {
        try (InputStream in = resource(path)) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static String text(String path) throws Exception {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = DemoContextTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }
}
