package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.cmr.i18n.MessageLookup;
import org.alfresco.service.namespace.QName;

/** Compile stand-in: only the members iocr-platform uses. */
public interface PropertyDefinition {

    QName getName();

    String getTitle(MessageLookup messageLookup);

    DataTypeDefinition getDataType();

    ClassDefinition getContainerClass();

    boolean isMultiValued();
}
