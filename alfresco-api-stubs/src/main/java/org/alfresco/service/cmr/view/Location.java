package org.alfresco.service.cmr.view;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;

/** Compile stand-in: the node-location constructor and its getters, with the real semantics. */
public class Location {

    private final StoreRef storeRef;
    private final NodeRef nodeRef;

    public Location(NodeRef nodeRef) {
        if (nodeRef == null) {
            throw new IllegalArgumentException("Node Ref is a mandatory parameter");
        }
        this.storeRef = nodeRef.getStoreRef();
        this.nodeRef = nodeRef;
    }

    public StoreRef getStoreRef() {
        return storeRef;
    }

    public NodeRef getNodeRef() {
        return nodeRef;
    }
}
