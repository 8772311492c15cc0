package org.alfresco.service.cmr.security;

/** Compile stand-in. */
public enum AccessStatus {
    DENIED, ALLOWED, UNDETERMINED
}
