package org.springframework.extensions.webscripts;

import java.io.IOException;
import java.io.Writer;

/** Compile stand-in: only the members iocr-platform uses. */
public interface WebScriptResponse {

    String JSON_FORMAT = "json";

    void setStatus(int status);

    void setHeader(String name, String value);

    void setContentType(String contentType);

    void setContentEncoding(String contentEncoding);

    Writer getWriter() throws IOException;
}
