package org.alfresco.service.cmr.view;

import org.alfresco.service.namespace.QName;

/** Compile stand-in, with the real members (the misspelt getImportConentCache is the platform's name). */
public interface ImporterBinding {

    enum UUID_BINDING {
        CREATE_NEW, CREATE_NEW_WITH_UUID, REMOVE_EXISTING, REPLACE_EXISTING, UPDATE_EXISTING, THROW_ON_COLLISION
    }

    UUID_BINDING getUUIDBinding();

    boolean allowReferenceWithinTransaction();

    String getValue(String key);

    QName[] getExcludedClasses();

    ImporterContentCache getImportConentCache();
}
