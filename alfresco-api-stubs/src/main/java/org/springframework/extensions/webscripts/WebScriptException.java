package org.springframework.extensions.webscripts;

import org.springframework.extensions.surf.exception.PlatformRuntimeException;

/** Compile stand-in: an HTTP status with a message, as the platform's container renders it. */
public class WebScriptException extends PlatformRuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public WebScriptException(String msgId) {
        this(500, msgId);
    }

    public WebScriptException(int status, String msgId) {
        super(msgId);
        this.status = status;
    }

    public WebScriptException(int status, String msgId, Throwable cause) {
        super(msgId, cause);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
