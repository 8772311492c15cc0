package org.springframework.extensions.surf.util;

import java.io.IOException;
import java.io.InputStream;

/** Compile stand-in: only the members iocr-platform uses. */
public interface Content {

    String getContent() throws IOException;

    String getMimetype();

    InputStream getInputStream();
}
