package org.alfresco.service.cmr.repository;

import org.alfresco.service.namespace.QName;

/** Compile stand-in: only the members iocr-platform uses. */
public interface ContentService {

    ContentReader getReader(NodeRef nodeRef, QName propertyQName);

    ContentWriter getWriter(NodeRef nodeRef, QName propertyQName, boolean update);
}
