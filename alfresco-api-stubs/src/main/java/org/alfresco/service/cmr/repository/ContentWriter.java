package org.alfresco.service.cmr.repository;

import java.io.InputStream;

/** Compile stand-in: only the members iocr-platform uses. */
public interface ContentWriter extends ContentAccessor {

    void putContent(InputStream is) throws ContentIOException;

    void putContent(String content) throws ContentIOException;
}
