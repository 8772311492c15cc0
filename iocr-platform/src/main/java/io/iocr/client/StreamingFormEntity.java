package io.iocr.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Base64;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

/**
 * A form-urlencoded request body whose last field is a document, base64-then-urlencoded while it is written:
 * the document streams from {@link DocumentSource#open()} to the connection through two small buffers and is
 * never held in memory. The length was counted beforehand, so the request carries an exact Content-Length.
 * One instance per attempt: {@link #bodyWritten()} tells whether the whole body went out, which decides whether
 * a failed submit may be re-sent.
 */
final class StreamingFormEntity extends AbstractHttpEntity {

    static final ContentType FORM = ContentType.create("application/x-www-form-urlencoded");

    private final byte[] fields;
    private final DocumentSource document;
    private final long documentLength;
    private volatile boolean bodyWritten;

    /**
     * @param fields         the encoded fields before the document, ending in {@code "&image="} (or the whole body
     *                       when {@code document} is null)
     * @param document       the document, or null
     * @param documentLength the document's encoded length as counted by {@link UrlEncodedBase64.Counter}
     */
    StreamingFormEntity(byte[] fields, DocumentSource document, long documentLength) {
        super(FORM, null);
        this.fields = fields;
        this.document = document;
        this.documentLength = document == null ? 0 : documentLength;
    }

    boolean bodyWritten() {
        return bodyWritten;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        out.write(fields);
        if (document != null) {
            UrlEncodedBase64.Encoder encoder = new UrlEncodedBase64.Encoder(out);
            try (InputStream in = document.open(); OutputStream base64 = Base64.getEncoder().wrap(encoder)) {
                in.transferTo(base64);
            }
            if (encoder.written() != documentLength) {
                // The declared Content-Length would be wrong; the server discards a short or long body.
                throw new IOException("the document changed while it was being sent (" + encoder.written()
                        + " encoded bytes instead of " + documentLength + ")");
            }
        }
        out.flush();
        bodyWritten = true;
    }

    @Override
    public long getContentLength() {
        return fields.length + documentLength;
    }

    @Override
    public boolean isRepeatable() {
        return true;
    }

    @Override
    public boolean isStreaming() {
        return false;
    }

    @Override
    public InputStream getContent() {
        throw new UnsupportedOperationException("written with writeTo only, to stream the document");
    }

    @Override
    public void close() {
        // Nothing held: each writeTo opens and closes its own document stream.
    }
}
