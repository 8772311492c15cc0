package org.alfresco.service.cmr.site;

import org.alfresco.repo.security.permissions.PermissionCheckValue;
import org.alfresco.service.cmr.repository.NodeRef;

/** Compile stand-in: only the members iocr-platform uses, with the real signatures. */
public interface SiteInfo extends PermissionCheckValue {

    @Override
    NodeRef getNodeRef();

    String getSitePreset();

    String getShortName();

    String getTitle();

    SiteVisibility getVisibility();
}
