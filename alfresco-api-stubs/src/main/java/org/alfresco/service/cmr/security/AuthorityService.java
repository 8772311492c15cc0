package org.alfresco.service.cmr.security;

/** Compile stand-in: only the members iocr-platform uses. */
public interface AuthorityService {

    boolean hasAdminAuthority();
}
