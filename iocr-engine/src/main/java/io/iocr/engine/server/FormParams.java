package io.iocr.engine.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Request parameters from the query string and an {@code application/x-www-form-urlencoded} body, merged (the
 * body wins). Parsed here rather than by the servlet container so that a 10 MB base64 field is read once and no
 * container form-size limit stands between a client and Baidu's own size error.
 */
public final class FormParams {

    private final Map<String, String> values;

    private FormParams(Map<String, String> values) {
        this.values = values;
    }

    public static FormParams of(String query, String body) {
        Map<String, String> values = new HashMap<>();
        parseInto(query, values);
        parseInto(body, values);
        return new FormParams(values);
    }

    public String get(String name) {
        String value = values.get(name);
        return value == null ? null : value;
    }

    /** The first present, non-blank value among the given names ({@code file_name} or {@code fileName}). */
    public String first(String... names) {
        for (String name : names) {
            String value = values.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    private static void parseInto(String encoded, Map<String, String> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        int start = 0;
        int length = encoded.length();
        while (start <= length) {
            int end = encoded.indexOf('&', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                int eq = encoded.indexOf('=', start);
                String name;
                String value;
                if (eq < 0 || eq > end) {
                    name = decode(encoded.substring(start, end));
                    value = "";
                } else {
                    name = decode(encoded.substring(start, eq));
                    value = decode(encoded.substring(eq + 1, end));
                }
                into.put(name, value);
            }
            start = end + 1;
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw BaiduError.invalidParam("参数不是合法的urlencode编码");
        }
    }
}
