package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.cmr.i18n.MessageLookup;
import org.alfresco.service.namespace.QName;

/** Compile stand-in: only the members iocr-platform uses. */
public interface DictionaryService extends MessageLookup {

    ClassDefinition getClass(QName name);

    boolean isSubClass(QName className, QName ofClassName);

    PropertyDefinition getProperty(QName propertyName);
}
