package org.alfresco.service.cmr.repository;

/** Compile stand-in: only the members iocr-platform uses. */
public interface ContentAccessor {

    long getSize();

    ContentData getContentData();

    String getContentUrl();

    String getMimetype();

    String getEncoding();

    void setMimetype(String mimetype);

    void setEncoding(String encoding);
}
