package org.alfresco.service.cmr.model;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/**
 * Compile stand-in: only the members iocr-platform uses, with the real signatures (the real create also declares
 * the unchecked FileExistsException).
 */
public interface FileFolderService {

    NodeRef searchSimple(NodeRef contextNodeRef, String name);

    FileInfo create(NodeRef parentNodeRef, String name, QName typeQName);
}
