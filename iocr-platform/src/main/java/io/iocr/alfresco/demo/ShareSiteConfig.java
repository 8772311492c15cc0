package io.iocr.alfresco.demo;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.alfresco.rest.api.impl.SiteSurfConfig;
import org.alfresco.service.cmr.view.ImportPackageHandler;
import org.alfresco.service.cmr.view.ImporterBinding;
import org.alfresco.service.cmr.view.ImporterContentCache;
import org.alfresco.service.namespace.QName;

/**
 * The Share configuration of a new site (its dashboard page and the pages listed in its navigation), taken from
 * the repository's {@code siteSurfConfig} bean: the same configuration the public REST API imports into the
 * sites it creates. A site created through the SiteService alone has none, and Share then has no dashboard to
 * show for it. The import view and the content files it names carry {@code ${siteId}} tokens: the view's are
 * resolved through the {@link #binding() binding}, the files' are replaced here as they are read.
 */
final class ShareSiteConfig implements ImportPackageHandler {

    static final String SITE_ID_TOKEN = "${siteId}";
    static final String SITE_ID_BINDING = "siteId";

    private final SiteSurfConfig config;
    private final String siteId;

    ShareSiteConfig(SiteSurfConfig config, String siteId) {
        this.config = config;
        this.siteId = siteId;
    }

    @Override
    public void startImport() {
        // Nothing to open: the view and its files are held in memory by SiteSurfConfig.
    }

    @Override
    public Reader getDataStream() {
        return new StringReader(config.getImportView());
    }

    @Override
    public InputStream importStream(String content) {
        String file = config.getImportContent(content);
        if (file == null) {
            return null;
        }
        return new ByteArrayInputStream(file.replace(SITE_ID_TOKEN, siteId).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void endImport() {
        // Nothing to close.
    }

    /** Fresh nodes for every import, the site id for the view's tokens. */
    ImporterBinding binding() {
        return new ImporterBinding() {
            @Override
            public UUID_BINDING getUUIDBinding() {
                return UUID_BINDING.CREATE_NEW;
            }

            @Override
            public boolean allowReferenceWithinTransaction() {
                return false;
            }

            @Override
            public String getValue(String key) {
                return SITE_ID_BINDING.equals(key) ? siteId : null;
            }

            @Override
            public QName[] getExcludedClasses() {
                return null;
            }

            @Override
            public ImporterContentCache getImportConentCache() {
                return null;
            }
        };
    }
}
