package org.alfresco.service.namespace;

/** Compile stand-in. */
public interface QNamePattern {

    boolean isMatch(QName qname);
}
