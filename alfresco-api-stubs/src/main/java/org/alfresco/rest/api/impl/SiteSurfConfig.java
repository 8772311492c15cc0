package org.alfresco.rest.api.impl;

/**
 * Compile stand-in for the remote-api bean {@code siteSurfConfig}: the Share configuration (site dashboard and
 * its pages) that the public REST API imports into every site it creates, as an import view plus the content
 * files it names, with {@code ${siteId}} tokens to replace.
 */
public class SiteSurfConfig {

    public String getImportView() {
        throw new UnsupportedOperationException("compile stand-in");
    }

    public String getImportContent(String contentPath) {
        throw new UnsupportedOperationException("compile stand-in");
    }
}
