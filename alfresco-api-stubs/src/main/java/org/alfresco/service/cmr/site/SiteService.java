package org.alfresco.service.cmr.site;

import java.io.Serializable;
import java.util.Map;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/** Compile stand-in: only the members iocr-platform uses, with the real signatures. */
public interface SiteService {

    String DOCUMENT_LIBRARY = "documentLibrary";

    SiteInfo createSite(String sitePreset, String shortName, String title, String description, SiteVisibility visibility);

    SiteInfo getSite(String shortName);

    boolean hasSite(String shortName);

    boolean isMember(String shortName, String authorityName);

    void setMembership(String shortName, String authorityName, String role);

    NodeRef createContainer(String shortName, String componentId, QName containerType, Map<QName, Serializable> containerProperties);

    NodeRef getContainer(String shortName, String componentId);

    boolean hasContainer(String shortName, String componentId);
}
