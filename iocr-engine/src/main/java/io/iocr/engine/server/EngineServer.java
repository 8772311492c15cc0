package io.iocr.engine.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iocr.client.model.RecognitionResponse;
import io.iocr.client.model.TaskResult;
import io.iocr.client.model.TaskStatus;
import io.iocr.engine.config.EngineConfig;
import io.iocr.engine.document.DocumentReader;
import io.iocr.engine.extract.PageRecognizer;
import io.iocr.engine.ocr.OcrEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offline engine's HTTP server: Baidu's token endpoint and the iOCR 全场景识别 submit/get_result endpoints at
 * Baidu's own paths, plus {@code /health}. Errors are Baidu's JSON with HTTP 200 (the OAuth endpoint alone uses
 * 401, as Baidu's does).
 *
 * <p>Lifecycle: {@link #start} binds the port and returns a running server; {@link #close} stops it, its workers
 * and (when it created it) the OCR engine. Tests start one on a free port with {@code config.withPort(0)} and
 * read {@link #baseUrl()}.
 */
public final class EngineServer implements AutoCloseable {

    public static final String TOKEN_PATH = "/oauth/2.0/token";
    public static final String SUBMIT_PATH = "/rest/2.0/solution/v1/iocr/recognise/universal/request";
    public static final String RESULT_PATH = "/rest/2.0/solution/v1/iocr/recognise/universal/get_result";
    public static final String HEALTH_PATH = "/health";

    private static final Logger LOG = LoggerFactory.getLogger(EngineServer.class);
    private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final String JSON = "application/json;charset=utf-8";

    private final EngineConfig config;
    private final OcrEngine ocr;
    private final boolean ownsOcr;
    private final TokenService tokens;
    private final TaskManager tasks;
    private final SubmitValidator validator;
    private final QpsLimiter submitLimiter;
    private final QpsLimiter resultLimiter;
    private final HealthProbe health;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;
    private final Javalin app;

    private EngineServer(EngineConfig config, OcrEngine ocr, boolean ownsOcr, Clock clock) {
        this.config = config;
        this.ocr = ocr;
        this.ownsOcr = ownsOcr;
        this.clock = clock;
        this.tokens = new TokenService(config.tokenTtl(), clock);
        PageRecognizer recognizer = new PageRecognizer(ocr);
        this.tasks = new TaskManager(config.workers(), config.queueCapacity(), config.resultTtl(),
                new DocumentReader(config.dpi(), config.maxPages()), recognizer, clock);
        this.validator = new SubmitValidator(config.maxDocumentMb(), config.urlTimeout());
        this.submitLimiter = new QpsLimiter(config.submitQps(), clock);
        this.resultLimiter = new QpsLimiter(config.getResultQps(), clock);
        this.health = new HealthProbe(ocr);
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = config.maxRequestMb() * 1024L * 1024L;
        });
        app.get(TOKEN_PATH, this::token);
        app.post(TOKEN_PATH, this::token);
        app.post(SUBMIT_PATH, this::submit);
        app.post(RESULT_PATH, this::getResult);
        app.get(HEALTH_PATH, this::health);
        app.exception(BaiduError.class, (e, ctx) -> error(ctx, e));
        app.exception(Exception.class, (e, ctx) -> {
            if (e instanceof HttpResponseException http && http.getStatus() == 413) {
                error(ctx.status(200), BaiduError.sizeError("请求超过" + config.maxRequestMb() + "M"));
            } else if (e instanceof HttpResponseException http) {
                error(ctx.status(200), BaiduError.invalidParam(http.getMessage()));
            } else {
                LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
                error(ctx.status(200), BaiduError.internal("服务器内部错误"));
            }
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/rest/") || ctx.path().startsWith("/oauth/")) {
                error(ctx.status(200), BaiduError.unsupportedMethod());
            }
        });
    }

    /** Starts a server with its own OCR engine (loads the models). */
    public static EngineServer start(EngineConfig config) {
        return start(config, new OcrEngine(config.ocr()), true);
    }

    /** Starts a server on an OCR engine the caller owns (tests share one across servers). */
    public static EngineServer start(EngineConfig config, OcrEngine ocr) {
        return start(config, ocr, false);
    }

    private static EngineServer start(EngineConfig config, OcrEngine ocr, boolean ownsOcr) {
        EngineServer server = new EngineServer(config, ocr, ownsOcr, Clock.systemUTC());
        server.app.start(config.host(), config.port());
        LOG.info("iOCR engine listening on {} ({})", server.baseUrl(), config);
        return server;
    }

    public int port() {
        return app.port();
    }

    /** {@code http://host:port}, without a trailing slash. */
    public String baseUrl() {
        return "http://" + config.host() + ":" + port();
    }

    private void token(Context ctx) throws JsonProcessingException {
        FormParams params = FormParams.of(ctx.queryString(), formBody(ctx));
        String grantType = params.get("grant_type");
        if (grantType != null && !grantType.equals("client_credentials")) {
            oauthError(ctx, 400, "unsupported_grant_type", "The authorization grant type is not supported");
            return;
        }
        if (config.credentialsRequired()) {
            if (!config.apiKey().equals(params.get("client_id"))) {
                oauthError(ctx, 401, "invalid_client", "unknown client id");
                return;
            }
            if (!config.apiSecret().equals(params.get("client_secret"))) {
                oauthError(ctx, 401, "invalid_client", "Client authentication failed");
                return;
            }
        }
        TokenService.Token token = tokens.issue();
        ObjectNode body = json.createObjectNode();
        body.put("refresh_token", token.refreshToken());
        body.put("expires_in", token.expiresIn());
        body.put("session_key", token.sessionKey());
        body.put("access_token", token.accessToken());
        body.put("scope", "public brain_all_scope brain_ocr_scope wise_adapt");
        body.put("session_secret", token.sessionSecret());
        ctx.contentType(JSON).result(json.writeValueAsString(body));
    }

    /** The request's parameters, once its token is valid and, when emulated, the endpoint's QPS limit lets it in. */
    private FormParams admitted(Context ctx, QpsLimiter limiter) {
        FormParams params = FormParams.of(ctx.queryString(), formBody(ctx));
        tokens.check(params.get("access_token"));
        if (config.emulateQps()) {
            limiter.acquire();
        }
        return params;
    }

    private void submit(Context ctx) throws JsonProcessingException {
        FormParams params = admitted(ctx, submitLimiter);
        String fileName = params.first("file_name", "fileName");
        if (fileName == null) {
            throw BaiduError.missing("file_name");
        }
        String templateSign = params.first("templateSign", "template_sign");
        String classifierId = params.first("classifierId", "classifier_id");
        if (templateSign == null && classifierId == null) {
            throw BaiduError.noTemplate();
        }
        SubmitValidator.Document document = validator.read(params, fileName);
        // templateSign wins over classifierId; without one the classifier picks the model
        String taskId = tasks.submit(new TaskManager.Job(document.kind(), document.bytes(), templateSign, fileName));
        RecognitionResponse response = new RecognitionResponse(0, "", logId(), TaskResult.submitted(taskId), null,
                null);
        ObjectNode body = json.valueToTree(response);
        body.remove("words_result"); // a submit answer carries only task_result.task_id
        ctx.contentType(JSON).result(json.writeValueAsString(body));
    }

    private void getResult(Context ctx) throws JsonProcessingException {
        FormParams params = admitted(ctx, resultLimiter);
        String taskId = params.first("task_id", "taskId");
        if (taskId == null) {
            throw BaiduError.missing("task_id");
        }
        TaskManager.Task task = tasks.get(taskId.strip()).orElseThrow(() -> BaiduError.unknownTask(taskId));
        Instant end = task.finished() != null ? task.finished() : clock.instant();
        Instant begin = task.started() != null ? task.started() : task.created();
        // as in the API document's examples: a running task says reason "", a finished one has no reason
        String reason = task.status() == TaskStatus.SUCCESS ? null : task.reason() == null ? "" : task.reason();
        TaskResult taskResult = new TaskResult(task.id(), task.status(), reason,
                time(task.created()), time(task.started()), time(task.finished()),
                (int) Duration.between(begin, end).toSeconds());
        RecognitionResponse response = task.status() == TaskStatus.SUCCESS
                ? new RecognitionResponse(0, "", logId(), taskResult, task.pages().size(), task.pages())
                : new RecognitionResponse(0, "", logId(), taskResult, null, null);
        ctx.contentType(JSON).result(json.writeValueAsString(response));
    }

    private void health(Context ctx) throws JsonProcessingException {
        HealthProbe.Outcome outcome = health.run();
        ObjectNode body = json.createObjectNode();
        body.put("status", outcome.healthy() ? "UP" : "DOWN");
        body.put("ocr_ms", outcome.millis());
        body.put("expected", outcome.expected());
        body.put("recognised", outcome.recognised());
        ctx.status(outcome.healthy() ? 200 : 503).contentType(JSON).result(json.writeValueAsString(body));
    }

    private void error(Context ctx, BaiduError e) {
        ObjectNode body = json.createObjectNode();
        body.put("error_code", e.code());
        body.put("error_msg", e.getMessage());
        body.put("error_explain", e.explain());
        body.put("log_id", logId());
        body.putNull("data");
        try {
            ctx.contentType(JSON).result(json.writeValueAsString(body));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private void oauthError(Context ctx, int status, String error, String description)
            throws JsonProcessingException {
        ObjectNode body = json.createObjectNode();
        body.put("error", error);
        body.put("error_description", description);
        ctx.status(status).contentType(JSON).result(json.writeValueAsString(body));
    }

    /** Only a form body is read as parameters; anything else (or none) contributes nothing. */
    private static String formBody(Context ctx) {
        String type = ctx.contentType();
        if (type != null && !type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            return null;
        }
        return ctx.body();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : BEIJING.format(instant);
    }

    private static String logId() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    @Override
    public void close() {
        app.stop();
        tasks.close();
        if (ownsOcr) {
            ocr.close();
        }
    }
}
