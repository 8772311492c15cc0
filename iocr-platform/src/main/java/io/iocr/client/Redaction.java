package io.iocr.client;

import java.util.regex.Pattern;

/** Removes credentials from text that may reach a log: the access token travels as a URL query parameter. */
public final class Redaction {

    private static final Pattern SECRET_PARAMETERS =
            Pattern.compile("(?i)((?:access_token|client_secret|client_id)=)[^&\\s\"]*");

    private Redaction() {
    }

    /** {@code https://h/p?access_token=24.abc} → {@code https://h/p?access_token=****}. */
    public static String url(Object url) {
        return url == null ? null : SECRET_PARAMETERS.matcher(url.toString()).replaceAll("$1****");
    }
}
