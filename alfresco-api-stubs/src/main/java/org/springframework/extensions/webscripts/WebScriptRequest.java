package org.springframework.extensions.webscripts;

import org.springframework.extensions.surf.util.Content;

/** Compile stand-in: only the members iocr-platform uses. */
public interface WebScriptRequest {

    Match getServiceMatch();

    String getParameter(String name);

    String getContentType();

    Content getContent();
}
