package io.iocr.engine.server;

/**
 * The one exception the protocol layer answers with Baidu's error JSON (HTTP 200, {@code error_code},
 * {@code error_msg}, {@code error_explain}); thrown anywhere a request is refused.
 */
public final class BaiduError extends RuntimeException {

    private final int code;
    private final String explain;

    public BaiduError(int code, String message, String explain) {
        super(message);
        this.code = code;
        this.explain = explain;
    }

    public int code() {
        return code;
    }

    public String explain() {
        return explain;
    }

    public static BaiduError unsupportedMethod() {
        return new BaiduError(3, "Unsupported openapi method", "API不存在");
    }

    public static BaiduError requestLimit() {
        return new BaiduError(4, "Open api request limit reached", "任务队列已满，请稍后再试");
    }

    public static BaiduError qpsLimit() {
        return new BaiduError(18, "Open api qps request limit reached", "QPS超限额");
    }

    public static BaiduError invalidToken() {
        return new BaiduError(110, "Access token invalid or no longer valid", "access_token无效");
    }

    public static BaiduError expiredToken() {
        return new BaiduError(111, "Access token expired", "access_token过期");
    }

    public static BaiduError invalidParam(String explain) {
        return new BaiduError(216100, "invalid param", explain);
    }

    public static BaiduError missing(String parameter) {
        return new BaiduError(282003, "missing parameters: " + parameter, "请求参数缺失: " + parameter);
    }

    public static BaiduError noTemplate() {
        return new BaiduError(283016, "parameters value error", "classifier_id和template_sign不能同时为空");
    }

    public static BaiduError emptyImage() {
        return new BaiduError(216200, "empty image", "图片为空");
    }

    public static BaiduError formatError(String explain) {
        return new BaiduError(216201, "image format error", explain);
    }

    public static BaiduError sizeError(String explain) {
        return new BaiduError(216202, "image size error", explain);
    }

    public static BaiduError unknownTask(String taskId) {
        return new BaiduError(282808, "request id: " + taskId + " not exist", "任务不存在或结果已过期");
    }

    public static BaiduError url(int code, String message, String explain) {
        return new BaiduError(code, message, explain);
    }

    public static BaiduError internal(String explain) {
        return new BaiduError(282000, "internal error", explain);
    }
}
