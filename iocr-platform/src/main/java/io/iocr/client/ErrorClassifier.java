package io.iocr.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * The one place that turns Baidu error codes, HTTP statuses and I/O failures into an {@link ErrorCategory} and an
 * {@link IocrException} a person can act on. Retry code consumes the category, never raw codes. Codes follow
 * Baidu's OCR and iOCR error tables; a code arrives as a JSON number or as an SDK-style string ("SDK108").
 */
public final class ErrorClassifier {

    /** Baidu: QPS exceeded. Also drains the local rate limiter and backs off longer than other transients. */
    public static final String QPS_EXCEEDED = "18";

    private static final Set<String> TRANSIENT = Set.of(
            "1", "2", "4", QPS_EXCEEDED, "216630", "216634", "282000", "282112", "282810", "336000", "SDK108");
    private static final Set<String> TOKEN = Set.of("100", "110", "111");
    private static final Set<String> QUOTA = Set.of("17", "19");
    private static final Set<String> CONFIGURATION = Set.of(
            "3", "6", "13", "14", "15", "216102", "216110", "282004", "invalid_client", "unauthorized_client");

    private static final Map<String, String> EXPLANATIONS = Map.ofEntries(
            Map.entry("1", "Baidu reported an unknown error"),
            Map.entry("2", "The iOCR service was temporarily unavailable"),
            Map.entry("3", "The iOCR URL does not name an existing API; check " + IocrClientConfig.REQUEST_URL
                    + " and " + IocrClientConfig.RESULT_URL),
            Map.entry("4", "Baidu's cluster limit was reached"),
            Map.entry("6", "The Baidu application has no permission for iOCR 全场景识别; enable the API for the "
                    + "application whose key is " + IocrClientConfig.API_KEY),
            Map.entry("13", "Baidu could not issue a service token; check " + IocrClientConfig.API_KEY + " and "
                    + IocrClientConfig.SECRET_KEY),
            Map.entry("14", "Baidu's IAM authentication failed; check " + IocrClientConfig.API_KEY + " and "
                    + IocrClientConfig.SECRET_KEY),
            Map.entry("15", "The Baidu application does not exist; check " + IocrClientConfig.API_KEY),
            Map.entry("17", "The account's daily iOCR quota is spent; recognition resumes when the quota renews"),
            Map.entry("18", "Baidu's QPS limit was exceeded"),
            Map.entry("19", "The account's total iOCR quota is spent; buy more quota to continue"),
            Map.entry("100", "Baidu rejected the access token parameter"),
            Map.entry("110", "Baidu rejected the access token as invalid"),
            Map.entry("111", "Baidu reported the access token as expired"),
            Map.entry("216100", "Baidu rejected a request parameter as invalid"),
            Map.entry("216101", "Baidu reported a required parameter as missing"),
            Map.entry("216103", "A request parameter is too long"),
            Map.entry("216110", "The model (templateSign) or project space (classifierId) does not belong to this "
                    + "Baidu application; check the model id and " + IocrClientConfig.API_KEY),
            Map.entry("216200", "The document is empty"),
            Map.entry("216201", "The document's format is not supported (jpg, jpeg, png, bmp, pdf, ofd)"),
            Map.entry("216202", "The document is too large or its size in pixels is out of range (at most 10 MB "
                    + "encoded, sides between 15 and 8192 px)"),
            Map.entry("216630", "Baidu's recognition failed"),
            Map.entry("216634", "Baidu's detection failed"),
            Map.entry("272000", "Baidu could not extract the structure of this document"),
            Map.entry("272001", "Baidu could not classify this document with the project space's rules"),
            Map.entry("282000", "Baidu reported an internal error"),
            Map.entry("282003", "Baidu reported a required parameter as missing"),
            Map.entry("282004", "The model is not owned by this Baidu application or is not published"),
            Map.entry("282102", "No document of the expected kind was found in the image"),
            Map.entry("282103", "The document in the image could not be recognised"),
            Map.entry("282110", "The document URL does not exist"),
            Map.entry("282111", "The document URL is not a valid URL"),
            Map.entry("282112", "Baidu timed out downloading the document URL"),
            Map.entry("282113", "The document URL returned something that is not a document"),
            Map.entry("282114", "The document URL is empty or longer than 1024 bytes"),
            Map.entry("282808", "Baidu does not know this task id"),
            Map.entry("283016", "The request named neither a model (templateSign) nor a project space (classifierId)"),
            Map.entry("336000", "Baidu reported an internal error"),
            Map.entry("SDK108", "The connection to Baidu failed or timed out"));

    private ErrorClassifier() {
    }

    /** The category of a Baidu {@code error_code} (number or string) or OAuth {@code error}. */
    public static ErrorCategory categoryOf(String baiduCode) {
        if (TRANSIENT.contains(baiduCode)) {
            return ErrorCategory.TRANSIENT;
        }
        if (TOKEN.contains(baiduCode)) {
            return ErrorCategory.TOKEN;
        }
        if (QUOTA.contains(baiduCode)) {
            return ErrorCategory.QUOTA;
        }
        if (CONFIGURATION.contains(baiduCode)) {
            return ErrorCategory.CONFIGURATION;
        }
        // 216xxx, 282xxx, 283xxx, 336001 and codes we do not know: a property of this document or request.
        // Retrying cannot change the answer, and an unknown code must not pause every document.
        return ErrorCategory.INPUT;
    }

    /** Baidu answered with an error body. */
    public static IocrException fromBaiduError(String code, String message, String logId, String call) {
        ErrorCategory category = categoryOf(code);
        String explanation = EXPLANATIONS.get(code);
        if (explanation == null) {
            explanation = switch (category) {
                case INPUT -> "Baidu refused the document or request";
                case CONFIGURATION -> "Baidu rejected the client's configuration";
                default -> "Baidu reported an error";
            };
        }
        return new IocrException(category, code, message, logId, explanation + " (" + call + ")", null);
    }

    /** Baidu (or a proxy) answered with an HTTP status other than 200. */
    public static IocrException fromHttpStatus(int status, String call) {
        String code = "HTTP " + status;
        if (status == 401 || status == 403) {
            return new IocrException(ErrorCategory.CONFIGURATION, code, null, null, "The iOCR endpoint refused the "
                    + "credentials (" + call + "); check " + IocrClientConfig.API_KEY + " and "
                    + IocrClientConfig.SECRET_KEY, null);
        }
        if (status == 404 || status == 405) {
            return new IocrException(ErrorCategory.CONFIGURATION, code, null, null, "The iOCR URL is wrong (" + call
                    + "); check " + IocrClientConfig.TOKEN_URL + ", " + IocrClientConfig.REQUEST_URL + " and "
                    + IocrClientConfig.RESULT_URL, null);
        }
        if (status >= 500 || status == 408 || status == 429) {
            return new IocrException(ErrorCategory.TRANSIENT, code, null, null, "The iOCR service answered HTTP "
                    + status + " (" + call + ")", null);
        }
        return new IocrException(ErrorCategory.INPUT, code, null, null, "The iOCR service refused the request with "
                + "HTTP " + status + " (" + call + ")", null);
    }

    /**
     * An I/O failure. {@code ambiguous} marks a submit whose body went out before the failure: the caller must
     * not re-send it.
     */
    public static IocrException fromIoException(IOException e, String call, boolean ambiguous) {
        if (e instanceof SSLException) {
            return new IocrException(ErrorCategory.CONFIGURATION, null, null, null, "TLS with the iOCR endpoint "
                    + "failed (" + call + "): " + e.getClass().getSimpleName(), e);
        }
        String what;
        if (e instanceof UnknownHostException) {
            what = "the iOCR host name could not be resolved";
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException
                || e.getClass().getSimpleName().contains("Connect")) {
            what = "the iOCR endpoint could not be reached";
        } else if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            what = "the iOCR endpoint did not answer in time";
        } else {
            what = "the connection to the iOCR endpoint failed (" + e.getClass().getSimpleName() + ")";
        }
        String explanation = ambiguous
                ? "The document was sent but " + what + " before Baidu confirmed the task (" + call + "); it was not "
                        + "re-sent because Baidu may already have accepted it"
                : "Network failure: " + what + " (" + call + ")";
        return new IocrException(ErrorCategory.TRANSIENT, null, null, null, explanation, e, ambiguous);
    }

    /** True for Baidu's QPS-exceeded answer and HTTP 429: wait longer than for other transient failures. */
    public static boolean isThrottling(IocrException e) {
        return QPS_EXCEEDED.equals(e.baiduCode()) || "HTTP 429".equals(e.baiduCode());
    }
}
