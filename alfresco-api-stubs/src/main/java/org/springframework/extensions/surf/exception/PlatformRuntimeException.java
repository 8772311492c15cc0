package org.springframework.extensions.surf.exception;

/** Compile stand-in: the message id is used as the message (the platform resolves it through I18N). */
public class PlatformRuntimeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlatformRuntimeException(String msgId) {
        super(msgId);
    }

    public PlatformRuntimeException(String msgId, Throwable cause) {
        super(msgId, cause);
    }
}
