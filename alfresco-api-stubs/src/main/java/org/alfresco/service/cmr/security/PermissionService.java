package org.alfresco.service.cmr.security;

import org.alfresco.service.cmr.repository.NodeRef;

/** Compile stand-in: only the members iocr-platform and its test harness use. */
public interface PermissionService {

    String READ = "Read";
    String WRITE = "Write";
    String CONSUMER = "Consumer";
    String COLLABORATOR = "Collaborator";
    String ALL_PERMISSIONS = "All";

    AccessStatus hasPermission(NodeRef nodeRef, String permission);

    void setPermission(NodeRef nodeRef, String authority, String permission, boolean allow);

    void setInheritParentPermissions(NodeRef nodeRef, boolean inheritParentPermissions);
}
