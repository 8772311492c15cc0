package org.alfresco.service.cmr.repository;

import java.io.Serializable;

/** Compile stand-in with the value semantics the tests rely on (workspace://SpacesStore/id). */
public final class NodeRef implements EntityRef, Serializable {

    private static final long serialVersionUID = 1L;

    private final StoreRef storeRef;
    private final String id;

    public NodeRef(String protocol, String identifier, String id) {
        this(new StoreRef(protocol, identifier), id);
    }

    public NodeRef(StoreRef storeRef, String id) {
        if (storeRef == null || id == null) {
            throw new IllegalArgumentException("Store reference and id may not be null");
        }
        this.storeRef = storeRef;
        this.id = id;
    }

    public NodeRef(String nodeRef) {
        int lastForwardSlash = nodeRef.lastIndexOf('/');
        if (lastForwardSlash == -1) {
            throw new IllegalArgumentException("Invalid node ref - does not contain forward slash: " + nodeRef);
        }
        this.storeRef = new StoreRef(nodeRef.substring(0, lastForwardSlash));
        this.id = nodeRef.substring(lastForwardSlash + 1);
    }

    public final StoreRef getStoreRef() {
        return storeRef;
    }

    public final String getId() {
        return id;
    }

    public static boolean isNodeRef(String nodeRef) {
        return nodeRef != null && nodeRef.matches("[^:/]+://[^/]+/.+");
    }

    @Override
    public String toString() {
        return storeRef + "/" + id;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof NodeRef other && id.equals(other.id) && storeRef.equals(other.storeRef);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
