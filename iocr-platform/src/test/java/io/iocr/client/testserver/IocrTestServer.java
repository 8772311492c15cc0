package io.iocr.client.testserver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iocr.client.IocrClientConfig;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real HTTP/1.1 server on 127.0.0.1 that speaks Baidu's iOCR 全场景识别 protocol as the API document describes
 * it: the OAuth token endpoint, {@code .../universal/request} and {@code .../universal/get_result}, with errors
 * as HTTP 200 plus Baidu's error JSON (HTTP 401 for a bad OAuth client), answers built from the document's own
 * examples, and each endpoint's QPS limit enforced over a sliding one-second window (error 18 past it).
 *
 * <p>Tests control it: faults ({@link #injectNext}, {@link #injectRandomly}), task durations and failures, token
 * expiry, a pause in the middle of an upload; and read its counters: submits accepted per document (to prove
 * that nothing was submitted twice), QPS violations, token grants, requests per endpoint.
 *
 * <p>Faults are decided before a submit is accepted: an error answer means "not accepted". Requests are
 * handled in this order: QPS check, fault, access token, request shape, accept.
 *
 * <p>Start with {@link #start()} or {@link #start(Options)}, point a client at it with {@link #clientConfig()},
 * and close it (try-with-resources). Thread-safe.
 */
public final class IocrTestServer implements AutoCloseable {

    /** The credentials {@link Options#defaults()} accepts and {@link #clientConfig()} uses. */
    public static final String API_KEY = "test-api-key-0123456789";
    public static final String SECRET_KEY = "test-secret-key-9876543210";

    private static final long ONE_SECOND = 1_000_000_000L;
    private static final long MAX_ENCODED_BYTES = 10L * 1024 * 1024;
    private static final DateTimeFormatter BEIJING_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Map<Integer, String> ERROR_MESSAGES = Map.ofEntries(
            Map.entry(1, "Unknown error"), Map.entry(2, "Service temporarily unavailable"),
            Map.entry(4, "Open api request limit reached"), Map.entry(6, "No permission to access data"),
            Map.entry(17, "Open api daily request limit reached"), Map.entry(18, "Open api qps request limit reached"),
            Map.entry(19, "Open api total request limit reached"), Map.entry(100, "Invalid parameter"),
            Map.entry(110, "Access token invalid or no longer valid"), Map.entry(111, "Access token expired"),
            Map.entry(216100, "invalid param"), Map.entry(216200, "empty image"),
            Map.entry(216201, "image format error"), Map.entry(216202, "image size error"),
            Map.entry(282000, "internal error"), Map.entry(282003, "missing parameters"),
            Map.entry(282808, "task id not exist"), Map.entry(283016, "parameters value error"));

    /**
     * Server settings: QPS limits (Baidu's defaults 2 and 10), token lifetime, task durations, credentials,
     * random seed. Immutable; change with the {@code with...} methods.
     */
    public record Options(double submitQps, double pollQps, Duration tokenLifetime, Duration minTaskDuration,
            Duration maxTaskDuration, String apiKey, String secretKey, long seed) {

        public static Options defaults() {
            return new Options(2, 10, Duration.ofDays(30), Duration.ZERO, Duration.ZERO, API_KEY, SECRET_KEY, 42);
        }

        public Options withQps(double submit, double poll) {
            return new Options(submit, poll, tokenLifetime, minTaskDuration, maxTaskDuration, apiKey, secretKey,
                    seed);
        }

        public Options withTokenLifetime(Duration lifetime) {
            return new Options(submitQps, pollQps, lifetime, minTaskDuration, maxTaskDuration, apiKey, secretKey,
                    seed);
        }

        /** Each task runs for a duration drawn uniformly from [min, max]. */
        public Options withTaskDurations(Duration min, Duration max) {
            return new Options(submitQps, pollQps, tokenLifetime, min, max, apiKey, secretKey, seed);
        }

        /** Grant a token whatever the credentials, as the offline engine does. */
        public Options withOpenAccess() {
            return new Options(submitQps, pollQps, tokenLifetime, minTaskDuration, maxTaskDuration, null, null, seed);
        }

        public Options withSeed(long value) {
            return new Options(submitQps, pollQps, tokenLifetime, minTaskDuration, maxTaskDuration, apiKey,
                    secretKey, value);
        }
    }

    /** A submit as the server received it (accepted or not, once it got past QPS, faults and token). */
    public record ReceivedSubmit(Map<String, String> fields, Set<String> payloadFields, long payloadLength,
            String contentHash, int errorCode) {

        public boolean accepted() {
            return errorCode == 0;
        }
    }

    /** A pause in the middle of the next submit's body: see {@link #pauseNextUploadAfter(long)}. */
    public static final class UploadPause {
        private final long afterBytes;
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private UploadPause(long afterBytes) {
            this.afterBytes = afterBytes;
        }

        /** Waits until the server has read {@code afterBytes} of the body and stopped reading. */
        public boolean awaitPaused(Duration timeout) throws InterruptedException {
            return reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Lets the server read on. */
        public void release() {
            released.countDown();
        }
    }

    private record Task(String id, long createdNanos, long finishNanos, LocalDateTime created, String failure) {
    }

    private final Options options;
    private final ServerSocket serverSocket;
    private final ExecutorService workers;
    private final Thread acceptor;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final ObjectMapper json = new ObjectMapper();
    private final ObjectNode successExample;
    private final ObjectNode runningExample;
    private final ObjectNode submitExample;
    private final Random random;

    private final Map<Endpoint, Deque<Long>> arrivals = new EnumMap<>(Endpoint.class);
    private final Map<Endpoint, Deque<Fault>> scriptedFaults = new EnumMap<>(Endpoint.class);
    private final Map<Endpoint, RandomFaults> randomFaults = new ConcurrentHashMap<>();
    private final Map<Endpoint, AtomicInteger> requests = new EnumMap<>(Endpoint.class);
    private final Map<Endpoint, AtomicInteger> violations = new EnumMap<>(Endpoint.class);
    private final Map<Endpoint, AtomicInteger> faultsInjected = new EnumMap<>(Endpoint.class);
    private final Map<String, Long> tokens = new ConcurrentHashMap<>();
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> acceptedPerDocument = new ConcurrentHashMap<>();
    private final List<Long> acceptedAtNanos = new CopyOnWriteArrayList<>();
    private final List<ReceivedSubmit> receivedSubmits = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokenGrants = new AtomicInteger();
    private final AtomicLong taskCounter = new AtomicLong();
    private final Deque<String> pendingTaskFailures = new ArrayDeque<>();
    private final AtomicReference<UploadPause> uploadPause = new AtomicReference<>();
    private volatile double submitQps;
    private volatile double pollQps;
    private volatile Duration minTaskDuration;
    private volatile Duration maxTaskDuration;
    private volatile boolean resultShapedSubmitAnswer;

    private record RandomFaults(double probability, Random random, List<Fault> choices) {
    }

    private IocrTestServer(Options options) throws IOException {
        this.options = options;
        this.submitQps = options.submitQps();
        this.pollQps = options.pollQps();
        this.minTaskDuration = options.minTaskDuration();
        this.maxTaskDuration = options.maxTaskDuration();
        this.random = new Random(options.seed());
        for (Endpoint endpoint : Endpoint.values()) {
            arrivals.put(endpoint, new ArrayDeque<>());
            scriptedFaults.put(endpoint, new ArrayDeque<>());
            requests.put(endpoint, new AtomicInteger());
            violations.put(endpoint, new AtomicInteger());
            faultsInjected.put(endpoint, new AtomicInteger());
        }
        this.successExample = example("get-result-success.json");
        this.runningExample = example("get-result-running.json");
        this.submitExample = example("submit-success.json");
        this.serverSocket = new ServerSocket(0, 512, InetAddress.getLoopbackAddress());
        AtomicInteger threadCount = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "iocr-test-server-" + threadCount.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.acceptor = new Thread(this::acceptLoop, "iocr-test-server-accept");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    /** A server with {@link Options#defaults()}: 2 / 10 QPS, 30-day tokens, tasks that finish at once. */
    public static IocrTestServer start() {
        return start(Options.defaults());
    }

    public static IocrTestServer start(Options options) {
        try {
            return new IocrTestServer(options);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the iOCR test server", e);
        }
    }

    // ---- addresses --------------------------------------------------------------------------------------------

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort());
    }

    public URI url(Endpoint endpoint) {
        return baseUri().resolve(endpoint.path());
    }

    /** A client configuration pointing at this server with its credentials; adjust timings before build(). */
    public IocrClientConfig.Builder clientConfig() {
        return IocrClientConfig.builder()
                .tokenUrl(url(Endpoint.TOKEN))
                .requestUrl(url(Endpoint.SUBMIT))
                .resultUrl(url(Endpoint.RESULT))
                .apiKey(options.apiKey())
                .secretKey(options.secretKey())
                .submitQps(submitQps)
                .pollQps(pollQps);
    }

    // ---- control ----------------------------------------------------------------------------------------------

    /** The next {@code count} requests to {@code endpoint} (that pass the QPS check) fail with {@code fault}. */
    public void injectNext(Endpoint endpoint, int count, Fault fault) {
        Deque<Fault> queue = scriptedFaults.get(endpoint);
        synchronized (queue) {
            for (int i = 0; i < count; i++) {
                queue.add(fault);
            }
        }
    }

    /**
     * Each request to {@code endpoint} (that passes the QPS check and has no scripted fault) fails with
     * probability {@code probability}, with a fault chosen uniformly from {@code choices}; seeded.
     */
    public void injectRandomly(Endpoint endpoint, double probability, long seed, Fault... choices) {
        if (choices.length == 0) {
            throw new IllegalArgumentException("choices must not be empty");
        }
        randomFaults.put(endpoint, new RandomFaults(probability, new Random(seed), List.of(choices)));
    }

    /** Removes every scripted and random fault. */
    public void clearFaults() {
        randomFaults.clear();
        for (Deque<Fault> queue : scriptedFaults.values()) {
            synchronized (queue) {
                queue.clear();
            }
        }
    }

    /** Every token granted so far now counts as expired (error 111 on use). */
    public void expireAllTokens() {
        long now = System.nanoTime();
        tokens.replaceAll((token, expiry) -> now);
    }

    /** Tasks accepted from now on run for a duration drawn uniformly from [min, max]. */
    public void setTaskDurations(Duration min, Duration max) {
        this.minTaskDuration = min;
        this.maxTaskDuration = max;
    }

    public void setQpsLimits(double submit, double poll) {
        this.submitQps = submit;
        this.pollQps = poll;
    }

    /** The next {@code count} accepted tasks end with status Failed and this {@code task_result.reason}. */
    public void failNextTasks(int count, String reason) {
        synchronized (pendingTaskFailures) {
            for (int i = 0; i < count; i++) {
                pendingTaskFailures.add(reason);
            }
        }
    }

    /**
     * Answer submits with the task id at {@code result.task_id} (the API document's table) instead of
     * {@code task_result.task_id} (its example).
     */
    public void answerSubmitsWithResultTaskId(boolean value) {
        this.resultShapedSubmitAnswer = value;
    }

    /** The server stops reading the next submit body after {@code bytes} until the pause is released. */
    public UploadPause pauseNextUploadAfter(long bytes) {
        UploadPause pause = new UploadPause(bytes);
        uploadPause.set(pause);
        return pause;
    }

    // ---- counters ---------------------------------------------------------------------------------------------

    public int acceptedSubmits() {
        return acceptedAtNanos.size();
    }

    /** Accepted submits per document content hash (SHA-256 of the encoded payload). */
    public Map<String, Integer> acceptedSubmitsPerDocument() {
        Map<String, Integer> copy = new HashMap<>();
        acceptedPerDocument.forEach((hash, count) -> copy.put(hash, count.get()));
        return copy;
    }

    /** The most times any one document was accepted: 1 when nothing was submitted twice. */
    public int maxAcceptedSubmitsOfOneDocument() {
        return acceptedPerDocument.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
    }

    /** {@link System#nanoTime()} at each accepted submit, in order of acceptance. */
    public List<Long> acceptedSubmitTimesNanos() {
        return List.copyOf(acceptedAtNanos);
    }

    /** Submits that got as far as shape validation, in order. */
    public List<ReceivedSubmit> receivedSubmits() {
        return List.copyOf(receivedSubmits);
    }

    /** Requests answered with error 18 because the endpoint's QPS limit was exceeded (not injected faults). */
    public int qpsViolations(Endpoint endpoint) {
        return violations.get(endpoint).get();
    }

    public int qpsViolations() {
        return violations.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public int requests(Endpoint endpoint) {
        return requests.get(endpoint).get();
    }

    public int faultsInjected(Endpoint endpoint) {
        return faultsInjected.get(endpoint).get();
    }

    public int tokenGrants() {
        return tokenGrants.get();
    }

    /** Every access token granted so far (for tests that prove tokens never reach a log). */
    public Set<String> grantedTokens() {
        return Set.copyOf(tokens.keySet());
    }

    /** {@link System#nanoTime()} at which the task finished (or will finish), or null for an unknown task. */
    public Long taskFinishNanos(String taskId) {
        Task task = tasks.get(taskId);
        return task == null ? null : task.finishNanos();
    }

    // ---- HTTP -------------------------------------------------------------------------------------------------

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                sockets.add(socket);
                workers.execute(() -> serve(socket));
            } catch (IOException e) {
                if (serverSocket.isClosed()) {
                    return;
                }
            }
        }
    }

    private record Answer(int status, String contentType, byte[] body, boolean reset) {
        static Answer json(byte[] body) {
            return new Answer(200, "application/json;charset=utf-8", body, false);
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16384);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 16384);
            while (true) {
                String requestLine = readLine(in);
                if (requestLine == null || requestLine.isEmpty()) {
                    return;
                }
                long arrival = System.nanoTime();
                Map<String, String> headers = new HashMap<>();
                for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                                line.substring(colon + 1).trim());
                    }
                }
                String[] parts = requestLine.split(" ");
                String target = parts.length > 1 ? parts[1] : "/";
                long length = Long.parseLong(headers.getOrDefault("content-length", "0"));
                InputStream body = new BoundedStream(in, length);
                Answer answer = handle(parts[0], target, body, arrival);
                body.transferTo(OutputStream.nullOutputStream()); // drain, to keep the connection usable
                if (answer.reset()) {
                    socket.setSoLinger(true, 0);
                    return;
                }
                out.write(("HTTP/1.1 " + answer.status() + " " + reason(answer.status()) + "\r\n"
                        + "Content-Type: " + answer.contentType() + "\r\n"
                        + "Content-Length: " + answer.body().length + "\r\n"
                        + "Connection: keep-alive\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(answer.body());
                out.flush();
                if ("close".equalsIgnoreCase(headers.get("connection"))) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // The client went away or sent garbage: drop the connection, as a real server would.
        } finally {
            sockets.remove(socket);
        }
    }

    private Answer handle(String method, String target, InputStream body, long arrival) throws IOException {
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        Map<String, String> query = parseQuery(question < 0 ? "" : target.substring(question + 1));
        Endpoint endpoint = Endpoint.ofPath(path);
        if (endpoint == null || !"POST".equals(method) && endpoint != Endpoint.TOKEN) {
            return new Answer(404, "text/html", "<html><body>404 Not Found</body></html>".getBytes(
                    StandardCharsets.US_ASCII), false);
        }
        requests.get(endpoint).incrementAndGet();
        if (endpoint != Endpoint.TOKEN && overQps(endpoint, arrival)) {
            violations.get(endpoint).incrementAndGet();
            return error(18);
        }
        Fault fault = nextFault(endpoint);
        if (fault != null) {
            faultsInjected.get(endpoint).incrementAndGet();
            Answer faulty = apply(fault);
            if (faulty != null) {
                return faulty;
            }
        }
        if (endpoint == Endpoint.TOKEN) {
            return grantToken(query, FormReader.read(body, total -> { }).fields());
        }
        Integer tokenError = checkToken(query.get("access_token"));
        if (tokenError != null) {
            return error(tokenError);
        }
        return endpoint == Endpoint.SUBMIT ? submit(body) : getResult(FormReader.read(body, total -> { }).fields());
    }

    private boolean overQps(Endpoint endpoint, long arrival) {
        double limit = endpoint == Endpoint.SUBMIT ? submitQps : pollQps;
        int allowed = Math.max(1, (int) Math.floor(limit));
        Deque<Long> window = arrivals.get(endpoint);
        synchronized (window) {
            while (!window.isEmpty() && arrival - window.peekFirst() >= ONE_SECOND) {
                window.pollFirst();
            }
            window.addLast(arrival);
            return window.size() > allowed;
        }
    }

    private Fault nextFault(Endpoint endpoint) {
        Deque<Fault> queue = scriptedFaults.get(endpoint);
        synchronized (queue) {
            if (!queue.isEmpty()) {
                return queue.pollFirst();
            }
        }
        RandomFaults faults = randomFaults.get(endpoint);
        if (faults == null) {
            return null;
        }
        synchronized (faults) {
            if (faults.random().nextDouble() < faults.probability()) {
                return faults.choices().get(faults.random().nextInt(faults.choices().size()));
            }
        }
        return null;
    }

    /** The answer a fault produces, or null when the request then proceeds normally (slow). */
    private Answer apply(Fault fault) {
        switch (fault.kind()) {
            case BAIDU_ERROR:
                return error(fault.code());
            case BAIDU_ERROR_AS_STRING:
                return Answer.json(("{\"error_code\":\"" + fault.code() + "\",\"error_msg\":\""
                        + ERROR_MESSAGES.getOrDefault(fault.code(), "error") + "\",\"log_id\":\"" + logId() + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
            case HTTP_STATUS:
                return new Answer(fault.code(), "text/html", ("<html><body>" + fault.code() + " " + reason(fault.code())
                        + "</body></html>").getBytes(StandardCharsets.US_ASCII), false);
            case MALFORMED_JSON:
                return Answer.json("{\"error_code\": 0, \"log_id\": \"1\", \"task_re".getBytes(StandardCharsets.UTF_8));
            case CONNECTION_RESET:
                return new Answer(0, null, null, true);
            case SLOW:
                try {
                    Thread.sleep(fault.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            default:
                throw new IllegalStateException(fault.toString());
        }
    }

    private Answer grantToken(Map<String, String> query, Map<String, String> form) {
        Map<String, String> params = new HashMap<>(query);
        params.putAll(form);
        if (!"client_credentials".equals(params.get("grant_type"))) {
            return new Answer(400, "application/json", ("{\"error\":\"unsupported_grant_type\",\"error_description\":"
                    + "\"The authorization grant type is not supported\"}").getBytes(StandardCharsets.UTF_8), false);
        }
        // Options without credentials mean open access, as the offline engine grants a token to anyone.
        if (options.apiKey() != null && !options.apiKey().equals(params.get("client_id"))) {
            return new Answer(401, "application/json", ("{\"error\":\"invalid_client\",\"error_description\":"
                    + "\"unknown client id\"}").getBytes(StandardCharsets.UTF_8), false);
        }
        if (options.secretKey() != null && !options.secretKey().equals(params.get("client_secret"))) {
            return new Answer(401, "application/json", ("{\"error\":\"invalid_client\",\"error_description\":"
                    + "\"Client authentication failed\"}").getBytes(StandardCharsets.UTF_8), false);
        }
        long lifetime = Math.max(1, options.tokenLifetime().toSeconds());
        long expiryEpoch = System.currentTimeMillis() / 1000 + lifetime;
        String token = "24." + hex(32) + "." + lifetime + "." + expiryEpoch + "." + tokenGrants.incrementAndGet()
                + "-8574074";
        tokens.put(token, System.nanoTime() + options.tokenLifetime().toNanos());
        ObjectNode answer = json.createObjectNode();
        answer.put("refresh_token", "25." + hex(32) + ".315360000." + expiryEpoch + ".282335-8574074");
        answer.put("expires_in", lifetime);
        answer.put("scope", "public brain_all_scope wise_adapt");
        answer.put("session_key", hex(40));
        answer.put("access_token", token);
        answer.put("session_secret", hex(32));
        return Answer.json(bytes(answer));
    }

    private Integer checkToken(String token) {
        if (token == null || token.isEmpty()) {
            return 100;
        }
        Long expiry = tokens.get(token);
        if (expiry == null) {
            return 110;
        }
        return System.nanoTime() - expiry >= 0 ? 111 : null;
    }

    private Answer submit(InputStream body) throws IOException {
        UploadPause pause = uploadPause.getAndSet(null);
        FormReader.Form form = FormReader.read(body, total -> {
            if (pause != null && total >= pause.afterBytes && pause.reached.getCount() > 0) {
                pause.reached.countDown();
                try {
                    pause.released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while paused", e);
                }
            }
        });
        if (pause != null) {
            pause.reached.countDown(); // a body shorter than the pause point still signals
        }
        Map<String, String> fields = form.fields();
        Map<String, FormReader.Payload> payloads = form.payloads();
        FormReader.Payload payload = payloads.size() == 1 ? payloads.values().iterator().next() : null;
        int code = validate(fields, payloads, payload);
        receivedSubmits.add(new ReceivedSubmit(Map.copyOf(fields), Set.copyOf(payloads.keySet()),
                payload == null ? 0 : payload.encodedLength(), payload == null ? null : payload.sha256(), code));
        if (code != 0) {
            return error(code);
        }
        Task task = newTask();
        tasks.put(task.id(), task);
        acceptedPerDocument.computeIfAbsent(payload.sha256(), hash -> new AtomicInteger()).incrementAndGet();
        acceptedAtNanos.add(task.createdNanos());
        ObjectNode answer = submitExample.deepCopy();
        answer.put("log_id", logId());
        if (resultShapedSubmitAnswer) {
            answer.remove("task_result");
            answer.putObject("result").put("task_id", task.id());
        } else {
            ((ObjectNode) answer.get("task_result")).put("task_id", task.id());
        }
        return Answer.json(bytes(answer));
    }

    /** The request-shape checks Baidu makes; 0 when the submit is acceptable. */
    private static int validate(Map<String, String> fields, Map<String, FormReader.Payload> payloads,
            FormReader.Payload payload) {
        String fileName = fields.get("file_name");
        if (fileName == null || fileName.isEmpty()) {
            return 282003;
        }
        if (payloads.isEmpty()) {
            return 282003;
        }
        if (payload == null) {
            return 216100; // more than one of image / url / pdf_file / ofd_file
        }
        if (blank(fields.get("templateSign")) && blank(fields.get("classifierId"))) {
            return 283016;
        }
        if (payload.encodedLength() == 0) {
            return 216200;
        }
        if (payload.encodedLength() > MAX_ENCODED_BYTES) {
            return 216202;
        }
        if ("url".equals(payload.field())) {
            return 0;
        }
        String kind = sniff(payload.head());
        String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1)
                .toLowerCase(Locale.ROOT) : "";
        String expected = switch (payload.field()) {
            case "image" -> "jpg".equals(kind) || "png".equals(kind) || "bmp".equals(kind) ? kind : null;
            case "pdf_file" -> "pdf".equals(kind) ? kind : null;
            case "ofd_file" -> "zip".equals(kind) ? "ofd" : null;
            default -> null;
        };
        if (expected == null) {
            return 216201;
        }
        boolean extensionMatches = extension.equals(expected) || "jpg".equals(expected) && "jpeg".equals(extension);
        return extensionMatches ? 0 : 216100;
    }

    private static String sniff(byte[] encodedHead) {
        String base64 = FormReader.decode(encodedHead);
        base64 = base64.substring(0, Math.min(base64.length(), 16) / 4 * 4);
        byte[] head;
        try {
            head = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return "invalid";
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8) {
            return "jpg";
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return "png";
        }
        if (head.length >= 2 && head[0] == 'B' && head[1] == 'M') {
            return "bmp";
        }
        if (head.length >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return "pdf";
        }
        if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
            return "zip";
        }
        return "unknown";
    }

    private Task newTask() {
        long now = System.nanoTime();
        long min = minTaskDuration.toNanos();
        long max = Math.max(min, maxTaskDuration.toNanos());
        long duration;
        String failure;
        synchronized (random) {
            duration = min + (long) (random.nextDouble() * (max - min));
        }
        synchronized (pendingTaskFailures) {
            failure = pendingTaskFailures.pollFirst();
        }
        String id = "task-" + Long.toString(taskCounter.incrementAndGet(), 36) + hex(12);
        return new Task(id, now, now + duration, LocalDateTime.now(ZoneOffset.ofHours(8)), failure);
    }

    private Answer getResult(Map<String, String> form) {
        String taskId = form.get("task_id");
        if (blank(taskId)) {
            return error(282003);
        }
        Task task = tasks.get(taskId);
        if (task == null) {
            return error(282808);
        }
        long now = System.nanoTime();
        boolean finished = now - task.finishNanos() >= 0;
        ObjectNode answer = (finished && task.failure() == null ? successExample : runningExample).deepCopy();
        answer.put("log_id", logId());
        ObjectNode result = (ObjectNode) answer.get("task_result");
        result.put("task_id", task.id());
        result.put("created", task.created().format(BEIJING_TIME));
        result.put("started", task.created().format(BEIJING_TIME));
        long elapsedNanos = (finished ? task.finishNanos() : now) - task.createdNanos();
        result.put("duration", elapsedNanos / ONE_SECOND);
        if (finished) {
            result.put("finished", task.created().plusNanos(task.finishNanos() - task.createdNanos())
                    .format(BEIJING_TIME));
        }
        if (finished && task.failure() != null) {
            result.put("status", "Failed");
            result.put("reason", task.failure());
        }
        return Answer.json(bytes(answer));
    }

    private Answer error(int code) {
        ObjectNode answer = json.createObjectNode();
        answer.put("error_code", code);
        answer.put("error_msg", ERROR_MESSAGES.getOrDefault(code, "error"));
        if (code == 283016) {
            answer.put("error_explain", "classifier_id和template_sign不能同时为空");
        }
        answer.put("log_id", logId());
        answer.putNull("data");
        return Answer.json(bytes(answer));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private ObjectNode example(String name) {
        try (InputStream in = IocrTestServer.class.getResourceAsStream("/fixtures/seed/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing seed fixture " + name);
            }
            return (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] bytes(ObjectNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String logId() {
        synchronized (random) {
            return Long.toString(1_000_000_000L + (random.nextLong() & 0x7FFFFFFFL));
        }
    }

    private String hex(int length) {
        StringBuilder text = new StringBuilder(length);
        synchronized (random) {
            for (int i = 0; i < length; i++) {
                text.append(Character.forDigit(random.nextInt(16), 16));
            }
        }
        return text.toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> params = new HashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(FormReader.decode(key.getBytes(StandardCharsets.ISO_8859_1)),
                    FormReader.decode(value.getBytes(StandardCharsets.ISO_8859_1)));
        }
        return params;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b = in.read();
        if (b == -1) {
            return null;
        }
        while (b != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
            if (line.size() > 65536) {
                throw new IOException("header line too long");
            }
            b = in.read();
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    /** Stops accepting, closes open connections and the worker threads. */
    @Override
    public void close() {
        try {
            serverSocket.close();
        } catch (IOException e) {
            // closing anyway
        }
        UploadPause pause = uploadPause.getAndSet(null);
        if (pause != null) {
            pause.release();
        }
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        workers.shutdownNow();
        try {
            acceptor.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads at most {@code remaining} bytes of the underlying stream (the request body). */
    private static final class BoundedStream extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedStream(InputStream in, long length) {
            this.in = in;
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b == -1) {
                throw new SocketException("body shorter than Content-Length");
            }
            remaining--;
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(buffer, off, (int) Math.min(len, remaining));
            if (n == -1) {
                throw new SocketException("body shorter than Content-Length");
            }
            remaining -= n;
            return n;
        }
    }
}
