package io.iocr.share;

import com.fasterxml.jackson.databind.ObjectMapper;
import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Renders our Share web script templates with real FreeMarker the way Surf does: incompatible improvements 2.3.20
 * and no output format (so no auto-escaping, exactly as in Share), the web script's message bundle behind msg(),
 * url.context and args. Surf's own directives are not on Maven Central; minimal stand-ins keep their observable
 * contract: markup/standalone/uniqueIdDiv render their body, link/script emit the tags, inlineScript wraps its body
 * in a script element, createWidgets writes `new Name(id).setOptions(json).setMessages(json)` for model.widgets.
 */
final class SurfTemplates {

    static final String WEBSCRIPTS = "alfresco/web-extension/site-webscripts/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Configuration configuration;

    SurfTemplates() {
        configuration = new Configuration(Configuration.VERSION_2_3_20);
        configuration.setClassLoaderForTemplateLoading(SurfTemplates.class.getClassLoader(), WEBSCRIPTS);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_20).build());
    }

    /**
     * Renders {@code <scriptPath>.get.html.ftl} (path below site-webscripts, without suffix) with the messages of
     * {@code <scriptPath>.get[_locale].properties}.
     */
    String render(String scriptPath, Map<String, Object> model, Locale locale) {
        Properties messages = messages(scriptPath + ".get", locale);
        Map<String, Object> root = new HashMap<>(model);
        String htmlId = String.valueOf(((Map<?, ?>) root.getOrDefault("args", Map.of())).get("htmlid"));
        root.put("msg", new MessageMethod(messages));
        root.put("url", Map.of("context", "/share"));
        root.put("markup", (TemplateDirectiveModel) (env, params, loopVars, body) -> renderBody(body, env.getOut()));
        root.put("standalone", (TemplateDirectiveModel) (env, params, loopVars, body) -> renderBody(body, env.getOut()));
        root.put("uniqueIdDiv", (TemplateDirectiveModel) (env, params, loopVars, body) -> {
            env.getOut().write("<div id=\"" + htmlId + "\">");
            renderBody(body, env.getOut());
            env.getOut().write("</div>");
        });
        root.put("link", (TemplateDirectiveModel) (env, params, loopVars, body) ->
                env.getOut().write("<link rel=\"stylesheet\" type=\"text/css\" href=\"" + params.get("href") + "\"/>\n"));
        root.put("script", (TemplateDirectiveModel) (env, params, loopVars, body) ->
                env.getOut().write("<script type=\"text/javascript\" src=\"" + params.get("src") + "\"></script>\n"));
        root.put("inlineScript", (TemplateDirectiveModel) (env, params, loopVars, body) -> {
            env.getOut().write("<script type=\"text/javascript\">//<![CDATA[\n");
            renderBody(body, env.getOut());
            env.getOut().write("\n//]]></script>\n");
        });
        root.put("createWidgets", new CreateWidgets(model, messages, htmlId));
        try {
            Template template = configuration.getTemplate(scriptPath + ".get.html.ftl", locale);
            StringWriter out = new StringWriter();
            template.process(root, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("Rendering " + scriptPath + " failed: " + e.getMessage(), e);
        }
    }

    /** The bundle {@code base[_locale].properties} on top of {@code base.properties}, as Surf resolves it. */
    static Properties messages(String base, Locale locale) {
        Properties merged = new Properties();
        load(merged, WEBSCRIPTS + base + ".properties");
        if (!locale.toString().isEmpty() && !Locale.ENGLISH.equals(locale)) {
            load(merged, WEBSCRIPTS + base + "_" + locale + ".properties");
        }
        return merged;
    }

    static Properties bundle(String classpathResource) {
        Properties properties = new Properties();
        load(properties, classpathResource);
        return properties;
    }

    private static void load(Properties into, String resource) {
        try (InputStream in = SurfTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundle " + resource);
            }
            into.load(in); // ISO-8859-1 with \\u escapes, as Share loads its bundles
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void renderBody(TemplateDirectiveBody body, Writer out) throws TemplateException, IOException {
        if (body != null) {
            body.render(out);
        }
    }

    /** Surf's msg(key, args...): the key itself when missing, MessageFormat only when arguments are given. */
    private record MessageMethod(Properties messages) implements TemplateMethodModelEx {
        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            String key = String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)));
            String text = messages.getProperty(key, key);
            if (arguments.size() == 1) {
                return text;
            }
            List<Object> args = new ArrayList<>();
            for (Object argument : arguments.subList(1, arguments.size())) {
                args.add(DeepUnwrap.unwrap((TemplateModel) argument));
            }
            return new MessageFormat(text, Locale.ROOT).format(args.toArray());
        }
    }

    /** Stand-in for Surf's createWidgets: instantiates each model.widgets entry with JSON-serialised options. */
    private record CreateWidgets(Map<String, Object> model, Properties messages, String htmlId)
            implements TemplateDirectiveModel {
        @Override
        public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                            TemplateDirectiveBody body) throws IOException {
            Object widgets = model.get("widgets");
            if (!(widgets instanceof List<?> list)) {
                return;
            }
            Map<String, String> messageMap = new LinkedHashMap<>();
            messages.stringPropertyNames().stream().sorted().forEach(k -> messageMap.put(k, messages.getProperty(k)));
            Writer out = env.getOut();
            out.write("<script type=\"text/javascript\">//<![CDATA[\n");
            for (Object widget : list) {
                Map<?, ?> w = (Map<?, ?>) widget;
                // Surf's JSONWriter escapes '/' and non-ASCII, so "</script>" inside options cannot close the element.
                out.write("new " + w.get("name") + "(" + safeJson(htmlId) + ").setOptions("
                        + safeJson(w.get("options")) + ").setMessages(" + safeJson(messageMap) + ");\n");
            }
            out.write("//]]></script>\n");
        }

        private static String safeJson(Object value) throws IOException {
            String json = JSON.writeValueAsString(value);
            StringBuilder b = new StringBuilder(json.length());
            for (char c : json.toCharArray()) {
                if (c == '/' || c > 126 || c == '<' || c == '>') {
                    b.append(c == '/' ? "\\/" : String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }
    }

    static Map<String, Object> readJson(String classpathResource) {
        try (InputStream in = SurfTemplates.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + classpathResource);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = JSON.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), Map.class);
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
