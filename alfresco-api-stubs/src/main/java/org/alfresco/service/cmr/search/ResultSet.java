package org.alfresco.service.cmr.search;

import java.util.List;

import org.alfresco.service.cmr.repository.NodeRef;

/** Compile stand-in: only the members iocr-platform uses (declared on ResultSetSPI in the platform). */
public interface ResultSet {

    long getNumberFound();

    List<NodeRef> getNodeRefs();

    void close();
}
