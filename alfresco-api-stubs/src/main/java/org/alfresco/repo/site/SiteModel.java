package org.alfresco.repo.site;

/** Compile stand-in: the site role constants iocr-platform uses, with the real values. */
public interface SiteModel {

    String SITE_MANAGER = "SiteManager";
    String SITE_COLLABORATOR = "SiteCollaborator";
    String SITE_CONTRIBUTOR = "SiteContributor";
    String SITE_CONSUMER = "SiteConsumer";
}
