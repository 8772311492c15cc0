package org.alfresco.service.cmr.security;

/** Compile stand-in: only the members iocr-platform uses, with the real signatures. */
public interface PersonService {

    boolean personExists(String userName);
}
