package io.iocr.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.iocr.client.HttpIocrClient;
import io.iocr.client.IocrClientConfig;
import io.iocr.client.IocrException;
import io.iocr.client.IocrPoller;
import io.iocr.client.SubmitRequest;
import io.iocr.client.model.RecognitionResponse;
import io.iocr.mapping.FieldLocationsJson;
import io.iocr.mapping.MappedResult;
import io.iocr.mapping.MappingFileResultMapper;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code ./run.sh recognise FILE [--template X | --classifier Y] [--config FILE] [--save RESULT.json] [--json]}:
 * recognises FILE with the real client against the configured endpoint and prints the properties it maps to —
 * the way to try the product without Alfresco.
 *
 * <p>Configuration is the repository's own: the module's {@code alfresco-global.properties} defaults, then the
 * file given with {@code --config} (an administrator's {@code alfresco-global.properties} works as it is), then
 * {@code -Diocr.*} system properties. So by default it talks to the offline engine on localhost.
 */
public final class RecogniseCommand {

    static final String USAGE = "Usage: ./run.sh recognise FILE [--template TEMPLATE_SIGN | --classifier ID]"
            + " [--config alfresco-global.properties] [--save RESULT.json] [--json]";
    static final String MODULE_DEFAULTS = "alfresco/module/iocr-platform/alfresco-global.properties";
    static final String DEFAULT_TEMPLATE = "iocr.recognition.defaultTemplate";
    static final String DEFAULT_CLASSIFIER = "iocr.recognition.defaultClassifier";
    static final String CUSTOM_MAPPINGS = "iocr.mapping.customFolder";

    /** A local engine answers in seconds; Baidu's advice to wait 30 s before the first poll is for its cloud. */
    private static final Duration LOCAL_FIRST_POLL = Duration.ofMillis(500);
    private static final Duration LOCAL_POLL_INTERVAL = Duration.ofMillis(250);

    private RecogniseCommand() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.getProperties(), out, err));
    }

    /** @return the exit status: 0 recognised, 1 recognition failed, 2 wrong arguments or configuration */
    static int run(String[] args, Properties systemProperties, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (arguments == null) {
            out.println(USAGE);
            return 0;
        }
        Path file = Path.of(arguments.file);
        if (!Files.isRegularFile(file)) {
            err.println("No such file: " + file);
            return 2;
        }
        Properties settings;
        IocrClientConfig config;
        try {
            settings = settings(arguments.config, systemProperties);
            config = forCommandLine(IocrClientConfig.fromProperties(settings::getProperty));
        } catch (IOException | IllegalArgumentException e) {
            err.println("Configuration: " + e.getMessage());
            return 2;
        }
        String template = arguments.template;
        String classifier = arguments.classifier;
        if (template == null && classifier == null) {
            template = blankToNull(settings.getProperty(DEFAULT_TEMPLATE));
            classifier = template == null ? blankToNull(settings.getProperty(DEFAULT_CLASSIFIER)) : null;
        }
        if (template == null && classifier == null) {
            err.println("Name a model with --template or a project space with --classifier (or set "
                    + DEFAULT_TEMPLATE + ").");
            return 2;
        }
        err.println("Recognising " + file.getFileName() + " at " + config.requestUrl()
                + (template != null ? " with templateSign " + template : " with classifierId " + classifier));

        RecognitionResponse response;
        try (HttpIocrClient client = new HttpIocrClient(config);
                IocrPoller poller = IocrPoller.withOwnScheduler(client, config, 1)) {
            String taskId = client.submit(new SubmitRequest(file.getFileName().toString(),
                    () -> Files.newInputStream(file), null, template, classifier));
            err.println("Task " + taskId + " submitted; waiting for the result");
            response = poller.await(taskId).get(config.maxWait().toMillis() + 10_000, TimeUnit.MILLISECONDS);
        } catch (IocrException e) {
            err.println("Recognition failed (" + e.category() + "): " + e.getMessage());
            return 1;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            err.println("Recognition failed" + (cause instanceof IocrException iocr
                    ? " (" + iocr.category() + "): " + iocr.getMessage() : ": " + cause));
            return 1;
        } catch (TimeoutException e) {
            err.println("Recognition did not finish within " + config.maxWait().toSeconds() + " s");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }

        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (arguments.save != null) {
            try {
                json.writeValue(Path.of(arguments.save).toFile(), response);
                err.println("Saved the get_result response to " + arguments.save + " (replay it with ./run.sh map)");
            } catch (IOException e) {
                err.println("Cannot save the result: " + e.getMessage());
                return 1;
            }
        }
        MappedResult mapped = new MappingFileResultMapper(blankToNull(settings.getProperty(CUSTOM_MAPPINGS)))
                .map(response, template);
        if (arguments.json) {
            try {
                out.println(json.writeValueAsString(FieldLocationsJson.toDocument(mapped)));
            } catch (IOException e) {
                err.println(e.getMessage());
                return 1;
            }
        } else {
            MappedResultPrinter.print(mapped, file.toString(), template, out);
        }
        return 0;
    }

    /** Module defaults, then the administrator's file, then {@code -Diocr.*}: the repository's own precedence. */
    static Properties settings(String configFile, Properties systemProperties) throws IOException {
        Properties settings = new Properties();
        try (InputStream defaults = RecogniseCommand.class.getClassLoader().getResourceAsStream(MODULE_DEFAULTS)) {
            if (defaults != null) {
                settings.load(new InputStreamReader(defaults, StandardCharsets.ISO_8859_1));
            }
        }
        if (configFile != null) {
            try (Reader reader = Files.newBufferedReader(Path.of(configFile), StandardCharsets.ISO_8859_1)) {
                settings.load(reader);
            }
        }
        systemProperties.stringPropertyNames().stream().filter(name -> name.startsWith("iocr."))
                .forEach(name -> settings.setProperty(name, systemProperties.getProperty(name)));
        return settings;
    }

    /** An engine on this machine is polled at once and often; a remote endpoint keeps the configured pace. */
    static IocrClientConfig forCommandLine(IocrClientConfig config) {
        if (!isLoopback(config.resultUrl())) {
            return config;
        }
        return config.toBuilder()
                .initialPollDelay(min(config.initialPollDelay(), LOCAL_FIRST_POLL))
                .pollInterval(min(config.pollInterval(), LOCAL_POLL_INTERVAL))
                .build();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static boolean isLoopback(URI uri) {
        try {
            return uri.getHost() != null && InetAddress.getByName(uri.getHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private record Arguments(String file, String template, String classifier, String config, String save,
            boolean json) {

        /** @return null when help was asked for */
        static Arguments parse(String[] args) {
            String file = null;
            String template = null;
            String classifier = null;
            String config = null;
            String save = null;
            boolean json = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "-h", "--help" -> {
                        return null;
                    }
                    case "--json" -> json = true;
                    case "--template", "-t", "--classifier", "-c", "--config", "--save" -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(arg + " needs a value");
                        }
                        String value = args[++i];
                        switch (arg) {
                            case "--template", "-t" -> template = value;
                            case "--classifier", "-c" -> classifier = value;
                            case "--config" -> config = value;
                            default -> save = value;
                        }
                    }
                    default -> {
                        if (arg.startsWith("-") || file != null) {
                            throw new IllegalArgumentException("Unknown argument '" + arg + "'");
                        }
                        file = arg;
                    }
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("Which file?");
            }
            return new Arguments(file, template, classifier, config, save, json);
        }
    }
}
