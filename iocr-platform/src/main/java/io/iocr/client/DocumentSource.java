package io.iocr.client;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a document, which may be read more than once (to sniff the type, to measure, to re-send after
 * a transient failure). Each {@link #open()} returns a fresh stream that the caller closes; nothing here
 * requires the whole document in memory.
 */
@FunctionalInterface
public interface DocumentSource {

    InputStream open() throws IOException;
}
