package org.alfresco.service.cmr.repository;

/** Compile stand-in. */
public interface EntityRef {
}
