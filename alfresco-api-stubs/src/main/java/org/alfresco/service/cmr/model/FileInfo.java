package org.alfresco.service.cmr.model;

import java.io.Serializable;

import org.alfresco.repo.security.permissions.PermissionCheckValue;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/** Compile stand-in: only the members iocr-platform uses, with the real signatures. */
public interface FileInfo extends PermissionCheckValue, Serializable {

    @Override
    NodeRef getNodeRef();

    boolean isFolder();

    String getName();

    QName getType();
}
