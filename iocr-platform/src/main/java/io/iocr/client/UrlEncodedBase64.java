package io.iocr.client;

import java.io.IOException;
import java.io.OutputStream;

/**
 * URL encoding of base64 text as a stream: of the base64 alphabet only {@code + / =} need escaping (each becomes
 * three bytes). Used twice with the same rule, so the counted length is exactly the length sent.
 */
final class UrlEncodedBase64 {

    private UrlEncodedBase64() {
    }

    private static int encodedWidth(int b) {
        return b == '+' || b == '/' || b == '=' ? 3 : 1;
    }

    /** Counts the URL-encoded length of the base64 bytes written to it; throws once past the limit. */
    static final class Counter extends OutputStream {
        private final long limit;
        private long count;

        Counter(long limit) {
            this.limit = limit;
        }

        long count() {
            return count;
        }

        @Override
        public void write(int b) throws IOException {
            count += encodedWidth(b);
            check();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            long added = 0;
            for (int i = off; i < off + len; i++) {
                added += encodedWidth(b[i]);
            }
            count += added;
            check();
        }

        private void check() throws LimitExceeded {
            if (count > limit) {
                throw new LimitExceeded(count);
            }
        }
    }

    /** Stops the counting pass early: a 1 GB file is not read to the end to say it is too large. */
    static final class LimitExceeded extends IOException {
        private final long count;

        LimitExceeded(long count) {
            super("more than the limit");
            this.count = count;
        }

        long count() {
            return count;
        }
    }

    /**
     * Writes base64 bytes URL-encoded to {@code target} through a small buffer. {@link #close()} flushes but
     * leaves the target open: it is the HTTP connection's stream.
     */
    static final class Encoder extends OutputStream {
        private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        private final OutputStream target;
        private final byte[] buffer = new byte[8192];
        private int used;
        private long written;

        Encoder(OutputStream target) {
            this.target = target;
        }

        long written() {
            return written;
        }

        @Override
        public void write(int b) throws IOException {
            if (used > buffer.length - 3) {
                flushBuffer();
            }
            if (encodedWidth(b) == 3) {
                buffer[used++] = '%';
                buffer[used++] = HEX[(b >> 4) & 0xF];
                buffer[used++] = HEX[b & 0xF];
                written += 3;
            } else {
                buffer[used++] = (byte) b;
                written++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        private void flushBuffer() throws IOException {
            if (used > 0) {
                target.write(buffer, 0, used);
                used = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            flushBuffer();
            target.flush();
        }

        @Override
        public void close() throws IOException {
            flushBuffer();
        }
    }
}
