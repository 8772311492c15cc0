package org.springframework.extensions.webscripts;

import java.io.IOException;

/** Compile stand-in: only the members iocr-platform uses. */
public interface WebScript {

    void execute(WebScriptRequest req, WebScriptResponse res) throws IOException;
}
