package io.iocr.alfresco;

import java.util.Objects;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.ContentServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folder auto-recognition. Bound to content property updates of {@code cm:content} (and its subtypes), so it
 * sees every upload and every new version, whichever protocol wrote it (Share, REST, CMIS, WebDAV, FTP). It only
 * decides: cheap guards, then the node is marked PENDING and the {@value RecogniseActionExecuter#NAME} action is
 * queued asynchronously, which runs after the upload commits (nothing is queued if it rolls back). It never
 * reads the content, never calls iOCR, and never fails the upload.
 */
public class AutoRecognitionBehaviour {

    private static final Logger LOG = LoggerFactory.getLogger(AutoRecognitionBehaviour.class);

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private DictionaryService dictionaryService;
    private RecognitionQueue queue;
    private RecognitionStore store;
    private PipelineSettings settings;
    private PlatformSupport platform;
    private FolderTriggers folders;

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setDictionaryService(DictionaryService dictionaryService) {
        this.dictionaryService = dictionaryService;
    }

    public void setQueue(RecognitionQueue queue) {
        this.queue = queue;
    }

    public void setStore(RecognitionStore store) {
        this.store = store;
    }

    public void setSettings(PipelineSettings settings) {
        this.settings = settings;
    }

    public void setPlatform(PlatformSupport platform) {
        this.platform = platform;
    }

    public void init() {
        Objects.requireNonNull(policyComponent, "policyComponent");
        Objects.requireNonNull(nodeService, "nodeService");
        Objects.requireNonNull(dictionaryService, "dictionaryService");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(platform, "platform");
        folders = new FolderTriggers(nodeService, settings);
        // Commit time: once per node and property however often the upload rewrites it, still inside the upload
        // transaction (so a rollback drops it), after the node has its final content.
        policyComponent.bindClassBehaviour(ContentServicePolicies.OnContentPropertyUpdatePolicy.QNAME,
                ContentModel.TYPE_CONTENT,
                new JavaBehaviour(this, "onContentPropertyUpdate", NotificationFrequency.TRANSACTION_COMMIT));
    }

    public void onContentPropertyUpdate(NodeRef nodeRef, QName propertyQName, ContentData beforeValue,
            ContentData afterValue) {
        if (!settings.autoRecognise() || !ContentModel.PROP_CONTENT.equals(propertyQName)) {
            return; // other content properties, such as our own iocr:rawResult, are not documents
        }
        if (!ContentData.hasContent(afterValue) || afterValue.getSize() <= 0) {
            return; // content removed, or an empty placeholder that the client fills in a second request
        }
        if (beforeValue != null && Objects.equals(beforeValue.getContentUrl(), afterValue.getContentUrl())) {
            return; // only the mimetype or encoding changed
        }
        try {
            platform.runAsSystem(() -> {
                decide(nodeRef, afterValue);
                return null;
            });
        } catch (RuntimeException e) {
            // Recognition is a service to the upload, never a reason to fail it.
            LOG.error("iOCR: could not queue recognition of {}; the upload is not affected", nodeRef, e);
        }
    }

    private void decide(NodeRef node, ContentData content) {
        if (!nodeService.exists(node) || isIgnored(node)) {
            return;
        }
        FolderTriggers.Trigger trigger = folders.find(node);
        if (trigger == null) {
            return;
        }
        if (!settings.supports(content.getMimetype())) {
            store.markUnsupported(node, "iOCR cannot read " + content.getMimetype()
                    + " documents; it reads JPEG, PNG and BMP images, PDF and OFD files");
            LOG.debug("iOCR: {} ({}) is not a supported type", node, content.getMimetype());
            return;
        }
        queue.request(node, trigger.templateSign(), trigger.classifierId(), false);
        LOG.debug("iOCR: queued {} from {}", node, trigger.folder());
    }

    /** Working copies, temporary files (Office/WebDAV lock files) and renditions are not documents to file. */
    private boolean isIgnored(NodeRef node) {
        return nodeService.hasAspect(node, ContentModel.ASPECT_WORKING_COPY)
                || nodeService.hasAspect(node, ContentModel.ASPECT_TEMPORARY)
                || dictionaryService.isSubClass(nodeService.getType(node), ContentModel.TYPE_THUMBNAIL);
    }
}
