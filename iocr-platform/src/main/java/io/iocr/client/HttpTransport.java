package io.iocr.client;

import java.io.IOException;
import java.net.URI;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * One POST, answer read in full. Owns the pooled HttpClient 5 (classic API) with the configured timeouts and
 * without HttpClient's own retries or redirects: retrying is decided by the iOCR client, which knows whether a
 * submit may be re-sent.
 */
final class HttpTransport implements AutoCloseable {

    /** A generous bound on an answer: get_result of a long multi-page PDF is a few MB at most. */
    private static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;

    record Answer(int status, byte[] body) {
    }

    private final CloseableHttpClient http;

    HttpTransport(IocrClientConfig config) {
        ConnectionConfig connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(config.connectTimeout()))
                .setSocketTimeout(Timeout.of(config.readTimeout()))
                // A pooled connection idle this long is checked before reuse, so a connection the server
                // closed meanwhile is not mistaken for a failed (and then ambiguous) submit.
                .setValidateAfterInactivity(TimeValue.ofMilliseconds(500))
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(connection)
                        .setMaxConnTotal(64)
                        .setMaxConnPerRoute(64)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(config.readTimeout()))
                        .setRedirectsEnabled(false)
                        .build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent("iocr-alfresco")
                .build();
    }

    Answer post(URI uri, HttpEntity body) throws IOException {
        HttpPost post = new HttpPost(uri);
        post.setEntity(body);
        return http.execute(post, response -> {
            HttpEntity entity = response.getEntity();
            byte[] bytes = entity == null ? new byte[0] : EntityUtils.toByteArray(entity, MAX_ANSWER_BYTES);
            return new Answer(response.getCode(), bytes);
        });
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
