package io.iocr.client.testserver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads an application/x-www-form-urlencoded body as a stream, as a server must for 10 MB uploads: short
 * fields are kept (decoded), document fields are only measured, hashed and their first bytes kept for sniffing.
 */
final class FormReader {

    static final Set<String> PAYLOAD_FIELDS = Set.of("image", "url", "pdf_file", "ofd_file");
    private static final int MAX_SHORT_FIELD = 8192;
    private static final int SNIFF_BYTES = 64;

    /** A document field as received. */
    record Payload(String field, long encodedLength, String sha256, byte[] head) {
    }

    /** What a form contained. */
    record Form(Map<String, String> fields, Map<String, Payload> payloads) {
    }

    /** Called as body bytes are consumed, to pause an upload half-way. */
    interface Progress {
        void bytesRead(long total) throws IOException;
    }

    private FormReader() {
    }

    static Form read(InputStream body, Progress progress) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Payload> payloads = new LinkedHashMap<>();
        long total = 0;
        ByteArrayOutputStream key = new ByteArrayOutputStream();
        int b = body.read();
        while (b != -1) {
            key.reset();
            while (b != -1 && b != '=' && b != '&') {
                if (key.size() < 256) {
                    key.write(b);
                }
                b = body.read();
                total++;
            }
            String name = decode(key.toByteArray());
            if (b == '=') {
                b = body.read();
                total++;
            }
            if (PAYLOAD_FIELDS.contains(name) && !"url".equals(name)) {
                MessageDigest digest = sha256();
                ByteArrayOutputStream head = new ByteArrayOutputStream();
                long length = 0;
                byte[] chunk = new byte[8192];
                int used = 0;
                while (b != -1 && b != '&') {
                    if (head.size() < SNIFF_BYTES) {
                        head.write(b);
                    }
                    chunk[used++] = (byte) b;
                    if (used == chunk.length) {
                        digest.update(chunk, 0, used);
                        used = 0;
                        progress.bytesRead(total);
                    }
                    length++;
                    b = body.read();
                    total++;
                }
                digest.update(chunk, 0, used);
                payloads.put(name, new Payload(name, length, HexFormat.of().formatHex(digest.digest()),
                        head.toByteArray()));
            } else {
                ByteArrayOutputStream value = new ByteArrayOutputStream();
                while (b != -1 && b != '&') {
                    if (value.size() < MAX_SHORT_FIELD) {
                        value.write(b);
                    }
                    b = body.read();
                    total++;
                }
                if ("url".equals(name)) {
                    byte[] raw = value.toByteArray();
                    payloads.put(name, new Payload(name, raw.length, sha256Hex(raw), raw));
                }
                fields.put(name, decode(value.toByteArray()));
            }
            if (b == '&') {
                b = body.read();
                total++;
            }
        }
        progress.bytesRead(total);
        return new Form(fields, payloads);
    }

    static String decode(byte[] encoded) {
        return URLDecoder.decode(new String(encoded, StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }
}
