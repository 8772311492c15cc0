package io.iocr.alfresco;

import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.iocr.client.HttpIocrClient;
import io.iocr.client.IocrClientConfig;

/**
 * Builds the repository's one iOCR client from the global properties ({@code iocr.client.*}: module defaults
 * overridden by the administrator's). One client per repository node, shared by every caller, so its rate
 * limiter and access token are shared too. Logs the effective settings once; the config's text never shows the
 * credentials.
 */
public final class IocrClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(IocrClientFactory.class);

    private IocrClientFactory() {
    }

    public static HttpIocrClient create(Properties globalProperties) {
        IocrClientConfig config = IocrClientConfig.fromProperties(globalProperties::getProperty);
        LOG.info("iOCR client: {}", config);
        if (!config.hasCredentials()) {
            LOG.info("iOCR: iocr.client.apiKey and iocr.client.secretKey are not set: fine for the offline engine; "
                    + "Baidu's cloud needs them");
        }
        return new HttpIocrClient(config);
    }
}
