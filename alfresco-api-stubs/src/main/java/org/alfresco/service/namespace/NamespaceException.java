package org.alfresco.service.namespace;

/** Compile stand-in. */
public class NamespaceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NamespaceException(String msg) {
        super(msg);
    }
}
