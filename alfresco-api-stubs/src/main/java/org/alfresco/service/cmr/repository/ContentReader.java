package org.alfresco.service.cmr.repository;

import java.io.InputStream;

/** Compile stand-in: only the members iocr-platform uses. */
public interface ContentReader extends ContentAccessor {

    ContentReader getReader() throws ContentIOException;

    boolean exists();

    InputStream getContentInputStream() throws ContentIOException;

    String getContentString() throws ContentIOException;
}
