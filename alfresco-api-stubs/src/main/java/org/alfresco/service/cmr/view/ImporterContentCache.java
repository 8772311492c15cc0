package org.alfresco.service.cmr.view;

import org.alfresco.service.cmr.repository.ContentData;

/** Compile stand-in, with the real member. */
public interface ImporterContentCache {

    ContentData getContent(ImportPackageHandler handler, ContentData sourceContent);
}
