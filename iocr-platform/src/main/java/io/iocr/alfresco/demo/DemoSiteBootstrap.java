package io.iocr.alfresco.demo;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.module.AbstractModuleComponent;
import org.alfresco.rest.api.impl.SiteSurfConfig;
import org.alfresco.repo.site.SiteModel;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.model.FileFolderService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.PersonService;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.cmr.site.SiteVisibility;
import org.alfresco.service.cmr.view.ImporterService;
import org.alfresco.service.cmr.view.Location;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Module component (parent bean {@code module.baseComponent}) that creates the first-start demo: a public site
 * (default {@code iocr-demo}) whose document library holds an "iOCR Inbox" folder carrying the folder marker
 * aspect, so that whatever is uploaded there is recognised with the configured model. A site it creates also
 * gets Share's site configuration (dashboard and navigation), as sites created through Share or the REST API do.
 *
 * <p>Runs once per repository: the ModuleService records it after it ran. When {@code iocr.demo.enabled} is
 * false the component does not even register, so turning the property on later still creates the demo at the
 * next start. It is idempotent (an existing site, library or folder is reused, and a folder that already carries
 * the marker is left as its owner configured it), and it never stops the repository from starting: the work runs
 * in its own transaction, and a failure is logged and rolled back on its own.
 */
public class DemoSiteBootstrap extends AbstractModuleComponent {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSiteBootstrap.class);

    /** The preset of sites created in Share ("Collaboration site"). */
    static final String SITE_PRESET = "site-dashboard";

    /** cm:description, the folder's second line in the document library. */
    static final QName PROP_DESCRIPTION = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "description");

    private SiteService siteService;
    private FileFolderService fileFolderService;
    private NodeService nodeService;
    private NamespaceService namespaceService;
    private PersonService personService;
    private RetryingTransactionHelper transactionHelper;
    private ImporterService importerService;
    private SiteSurfConfig siteSurfConfig;

    private boolean enabled;
    private String siteShortName = "iocr-demo";
    private String siteTitle = "iOCR demo";
    private String siteDescription = "Upload scanned invoices into the iOCR Inbox folder: their fields are recognised"
            + " and shown on the document's details page.";
    private String inboxName = "iOCR Inbox";
    private String inboxDescription = "Every document uploaded here is recognised with iOCR.";
    private String siteManager = "admin";
    private String folderMarker = "iocr:autoRecognise";
    private String templateProperty = "iocr:autoTemplate";
    private String template = "multiple_invoice";

    @Override
    public void init() {
        if (!enabled) {
            LOG.debug("iOCR demo site disabled (iocr.demo.enabled=false)");
            return;
        }
        super.init();
    }

    @Override
    protected void executeInternal() {
        try {
            NodeRef inbox = transactionHelper.doInTransaction(this::createDemo, false, true);
            LOG.info("iOCR demo ready: site '{}', folder '{}' ({}) recognises uploads with template '{}'",
                    siteShortName, inboxName, inbox, template);
        } catch (RuntimeException e) {
            LOG.error("iOCR demo site '{}' could not be created; the repository starts without it: {}",
                    siteShortName, e.toString(), e);
        }
    }

    /** Creates what is missing of the site, its document library and the marked inbox; returns the inbox. */
    NodeRef createDemo() {
        QName marker = QName.createQName(folderMarker, namespaceService);
        SiteInfo site = siteService.getSite(siteShortName);
        if (site == null) {
            site = siteService.createSite(SITE_PRESET, siteShortName, siteTitle, siteDescription,
                    SiteVisibility.PUBLIC);
            importShareConfiguration(site.getNodeRef());
            LOG.debug("Created site {}", siteShortName);
        }
        addSiteManager();

        NodeRef library = siteService.getContainer(siteShortName, SiteService.DOCUMENT_LIBRARY);
        if (library == null) {
            library = siteService.createContainer(siteShortName, SiteService.DOCUMENT_LIBRARY,
                    ContentModel.TYPE_FOLDER, null);
        }

        NodeRef inbox = fileFolderService.searchSimple(library, inboxName);
        if (inbox == null) {
            inbox = fileFolderService.create(library, inboxName, ContentModel.TYPE_FOLDER).getNodeRef();
            Map<QName, Serializable> titled = new HashMap<>();
            titled.put(ContentModel.PROP_TITLE, inboxName);
            titled.put(PROP_DESCRIPTION, inboxDescription);
            nodeService.addAspect(inbox, ContentModel.ASPECT_TITLED, titled);
        }
        if (!nodeService.hasAspect(inbox, marker)) {
            nodeService.addAspect(inbox, marker, markerProperties());
        }
        return inbox;
    }

    private void importShareConfiguration(NodeRef siteNode) {
        if (importerService == null || siteSurfConfig == null) {
            LOG.warn("iOCR demo site '{}' created without a Share dashboard: no siteSurfConfig bean", siteShortName);
            return;
        }
        ShareSiteConfig shareConfig = new ShareSiteConfig(siteSurfConfig, siteShortName);
        importerService.importView(shareConfig, new Location(siteNode), shareConfig.binding(), null);
    }

    private Map<QName, Serializable> markerProperties() {
        Map<QName, Serializable> properties = new HashMap<>();
        if (!isBlank(templateProperty) && !isBlank(template)) {
            properties.put(QName.createQName(templateProperty, namespaceService), template.trim());
        }
        return properties;
    }

    /** The site was created as the system user: make the configured person its manager, if that person exists. */
    private void addSiteManager() {
        if (isBlank(siteManager) || siteService.isMember(siteShortName, siteManager)) {
            return;
        }
        if (!personService.personExists(siteManager)) {
            LOG.warn("iOCR demo site '{}': no person '{}' to make its manager (iocr.demo.siteManager)",
                    siteShortName, siteManager);
            return;
        }
        siteService.setMembership(siteShortName, siteManager, SiteModel.SITE_MANAGER);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public void setSiteService(SiteService siteService) {
        this.siteService = siteService;
    }

    public void setFileFolderService(FileFolderService fileFolderService) {
        this.fileFolderService = fileFolderService;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setNamespaceService(NamespaceService namespaceService) {
        this.namespaceService = namespaceService;
    }

    public void setPersonService(PersonService personService) {
        this.personService = personService;
    }

    public void setTransactionHelper(RetryingTransactionHelper transactionHelper) {
        this.transactionHelper = transactionHelper;
    }

    public void setImporterService(ImporterService importerService) {
        this.importerService = importerService;
    }

    public void setSiteSurfConfig(SiteSurfConfig siteSurfConfig) {
        this.siteSurfConfig = siteSurfConfig;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void setSiteShortName(String siteShortName) {
        this.siteShortName = Objects.requireNonNull(siteShortName, "siteShortName").trim();
    }

    public void setSiteTitle(String siteTitle) {
        this.siteTitle = siteTitle;
    }

    public void setSiteDescription(String siteDescription) {
        this.siteDescription = siteDescription;
    }

    public void setInboxName(String inboxName) {
        this.inboxName = Objects.requireNonNull(inboxName, "inboxName").trim();
    }

    public void setInboxDescription(String inboxDescription) {
        this.inboxDescription = inboxDescription;
    }

    public void setSiteManager(String siteManager) {
        this.siteManager = siteManager == null ? null : siteManager.trim();
    }

    public void setFolderMarker(String folderMarker) {
        this.folderMarker = folderMarker;
    }

    public void setTemplateProperty(String templateProperty) {
        this.templateProperty = templateProperty;
    }

    public void setTemplate(String template) {
        this.template = template;
    }
}
