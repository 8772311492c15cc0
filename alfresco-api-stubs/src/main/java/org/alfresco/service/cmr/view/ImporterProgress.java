package org.alfresco.service.cmr.view;

/** Compile stand-in: iocr-platform passes none (null), so none of its members are declared here. */
public interface ImporterProgress {
}
