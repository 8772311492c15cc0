package io.iocr.engine.ocr;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * Reusable direct buffers for model tensors, one per thread for each use. Allocating a fresh direct buffer per page
 * and batch let native memory pile up until the next (rare) garbage collection; reusing one keeps the resident set
 * flat. A buffer is valid until the same thread asks the same instance for the next one. Its contents are left over
 * from the last use: every caller writes each value of an input (the image writers pad with zeros themselves), and
 * an output is written whole by the model.
 */
final class TensorBuffers {

    /** Model inputs: the page or the batch of lines. */
    static final TensorBuffers INPUT = new TensorBuffers();
    /** Model outputs the session writes in place: the page's text probability map, the lines' class probabilities. */
    static final TensorBuffers OUTPUT = new TensorBuffers();

    private final ThreadLocal<ByteBuffer> buffer = new ThreadLocal<>();

    private TensorBuffers() {
    }

    /** A buffer of {@code floats} floats, position 0, limit {@code floats}. */
    FloatBuffer of(int floats) {
        ByteBuffer bytes = buffer.get();
        if (bytes == null || bytes.capacity() < floats * 4) {
            int capacity = Math.max(floats * 4, bytes == null ? 0 : bytes.capacity() * 2);
            bytes = ByteBuffer.allocateDirect(capacity).order(ByteOrder.nativeOrder());
            buffer.set(bytes);
        }
        FloatBuffer view = bytes.clear().asFloatBuffer();
        view.limit(floats);
        return view;
    }
}
