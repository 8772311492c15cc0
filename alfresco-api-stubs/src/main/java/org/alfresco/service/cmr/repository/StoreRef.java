package org.alfresco.service.cmr.repository;

import java.io.Serializable;

/** Compile stand-in with the value semantics the tests rely on (protocol://identifier). */
public final class StoreRef implements EntityRef, Serializable {

    private static final long serialVersionUID = 1L;

    public static final String PROTOCOL_WORKSPACE = "workspace";
    public static final String PROTOCOL_ARCHIVE = "archive";
    public static final String URI_FILLER = "://";
    public static final StoreRef STORE_REF_WORKSPACE_SPACESSTORE = new StoreRef(PROTOCOL_WORKSPACE, "SpacesStore");

    private final String protocol;
    private final String identifier;

    public StoreRef(String protocol, String identifier) {
        if (protocol == null || identifier == null) {
            throw new IllegalArgumentException("Store protocol and identifier may not be null");
        }
        this.protocol = protocol;
        this.identifier = identifier;
    }

    public StoreRef(String string) {
        int index = string.indexOf(URI_FILLER);
        if (index < 0) {
            throw new IllegalArgumentException("Invalid store ref: Does not contain " + URI_FILLER + " " + string);
        }
        this.protocol = string.substring(0, index);
        this.identifier = string.substring(index + URI_FILLER.length());
    }

    public String getProtocol() {
        return protocol;
    }

    public String getIdentifier() {
        return identifier;
    }

    @Override
    public String toString() {
        return protocol + URI_FILLER + identifier;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof StoreRef other && protocol.equals(other.protocol) && identifier.equals(other.identifier);
    }

    @Override
    public int hashCode() {
        return protocol.hashCode() * 31 + identifier.hashCode();
    }
}
