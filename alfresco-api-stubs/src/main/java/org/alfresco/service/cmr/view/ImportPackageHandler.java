package org.alfresco.service.cmr.view;

import java.io.InputStream;
import java.io.Reader;

/** Compile stand-in, with the real members. */
public interface ImportPackageHandler {

    void startImport();

    Reader getDataStream();

    InputStream importStream(String content);

    void endImport();
}
