package org.alfresco.service.cmr.search;

import org.alfresco.service.cmr.repository.StoreRef;

/** Compile stand-in: only the members iocr-platform uses. */
public interface SearchService {

    String LANGUAGE_FTS_ALFRESCO = "fts-alfresco";

    ResultSet query(StoreRef store, String language, String query);
}
