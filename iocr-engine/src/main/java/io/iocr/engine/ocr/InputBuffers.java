package io.iocr.engine.ocr;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * Reusable direct buffers for model inputs, one per thread. Allocating a fresh direct buffer per page and batch
 * let native memory pile up until the next (rare) garbage collection; reusing one keeps the resident set flat.
 * A buffer is valid until the same thread asks for the next one. Its contents are left over from the last use:
 * every caller writes each value of its input (the image writers pad with zeros themselves).
 */
final class InputBuffers {

    private static final ThreadLocal<ByteBuffer> BUFFER = new ThreadLocal<>();

    private InputBuffers() {
    }

    /** A buffer of {@code floats} floats, position 0, limit {@code floats}. */
    static FloatBuffer of(int floats) {
        ByteBuffer bytes = BUFFER.get();
        if (bytes == null || bytes.capacity() < floats * 4) {
            int capacity = Math.max(floats * 4, bytes == null ? 0 : bytes.capacity() * 2);
            bytes = ByteBuffer.allocateDirect(capacity).order(ByteOrder.nativeOrder());
            BUFFER.set(bytes);
        }
        FloatBuffer view = bytes.clear().asFloatBuffer();
        view.limit(floats);
        return view;
    }
}
