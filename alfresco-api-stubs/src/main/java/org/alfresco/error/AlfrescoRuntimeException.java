package org.alfresco.error;

/** Compile stand-in: the message id is used as the message. */
public class AlfrescoRuntimeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AlfrescoRuntimeException(String msgId) {
        super(msgId);
    }

    public AlfrescoRuntimeException(String msgId, Throwable cause) {
        super(msgId, cause);
    }

    public AlfrescoRuntimeException(String msgId, Object[] msgParams) {
        super(msgId);
    }
}
