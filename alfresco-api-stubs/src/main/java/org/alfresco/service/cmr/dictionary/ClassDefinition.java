package org.alfresco.service.cmr.dictionary;

import java.util.Map;

import org.alfresco.service.cmr.i18n.MessageLookup;
import org.alfresco.service.namespace.QName;

/** Compile stand-in: only the members iocr-platform uses. */
public interface ClassDefinition {

    QName getName();

    String getTitle(MessageLookup messageLookup);

    Map<QName, PropertyDefinition> getProperties();
}
