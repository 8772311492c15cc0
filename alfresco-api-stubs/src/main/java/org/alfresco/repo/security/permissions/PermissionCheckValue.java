package org.alfresco.repo.security.permissions;

import org.alfresco.service.cmr.repository.NodeRef;

/** Compile stand-in. */
public interface PermissionCheckValue {

    NodeRef getNodeRef();
}
