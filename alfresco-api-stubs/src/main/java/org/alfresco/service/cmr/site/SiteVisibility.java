package org.alfresco.service.cmr.site;

/** Compile stand-in: the real enum's constants, in the real order. */
public enum SiteVisibility {
    PUBLIC,
    MODERATED,
    PRIVATE
}
