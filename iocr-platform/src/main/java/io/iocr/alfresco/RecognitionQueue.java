package io.iocr.alfresco;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.NodeRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests recognition of a node and validates requests for the pump. {@link #request} marks a node PENDING and
 * queues the recognise action after commit; {@link #prepare} (the action's body, also used by the pump for
 * PENDING nodes whose action was lost in a restart) checks the content, skips content already recognised and
 * hands the node to the pump. Callers provide the transaction.
 */
public class RecognitionQueue {

    private static final Logger LOG = LoggerFactory.getLogger(RecognitionQueue.class);

    private RecognitionStore store;
    private ActionService actionService;
    private PipelineSettings settings;
    private PlatformSupport platform;
    private RecognitionPump pump;

    public void setStore(RecognitionStore store) {
        this.store = store;
    }

    public void setActionService(ActionService actionService) {
        this.actionService = actionService;
    }

    public void setSettings(PipelineSettings settings) {
        this.settings = settings;
    }

    public void setPlatform(PlatformSupport platform) {
        this.platform = platform;
    }

    public void setPump(RecognitionPump pump) {
        this.pump = pump;
    }

    /**
     * Marks {@code node} PENDING and queues the recognise action to run after the current transaction commits.
     *
     * @param force re-submit even if the content is the one already recognised
     */
    public void request(NodeRef node, String templateSign, String classifierId, boolean force) {
        platform.runAsSystem(() -> {
            store.markPending(node, templateSign, classifierId);
            return null;
        });
        Map<String, Serializable> params = new HashMap<>();
        params.put(RecogniseActionExecuter.PARAM_TEMPLATE_SIGN, templateSign);
        params.put(RecogniseActionExecuter.PARAM_CLASSIFIER_ID, classifierId);
        params.put(RecogniseActionExecuter.PARAM_FORCE, force);
        Action action = actionService.createAction(RecogniseActionExecuter.NAME, params);
        actionService.executeAction(action, node, false, true);
    }

    /**
     * Validates a requested node for submission (runs as system in the caller's transaction): unsupported or
     * empty content is marked UNSUPPORTED; content whose checksum matches the stored result is SUCCEEDED again
     * without a new iOCR call unless {@code force}; anything else is queued for the pump, which is woken after
     * commit.
     */
    public void prepare(NodeRef node, String templateSign, String classifierId, boolean force) {
        platform.runAsSystem(() -> {
            prepareAsSystem(node, templateSign, classifierId, force);
            return null;
        });
    }

    private void prepareAsSystem(NodeRef node, String templateSign, String classifierId, boolean force) {
        NodeRecognition state = store.read(node);
        if (state == null) {
            return; // deleted since it was queued
        }
        if (state.status() == RecognitionStatus.SUBMITTED) {
            // In flight: a re-run marks the node PENDING before it queues this action, so SUBMITTED here means a
            // late or duplicate request for the task already running.
            LOG.debug("iOCR: {} is already submitted as {}; not submitting again", node, state.taskId());
            return;
        }
        ContentData content = store.content(node);
        if (content == null || content.getSize() <= 0) {
            store.markUnsupported(node, "The document has no content to recognise");
            return;
        }
        if (!settings.supports(content.getMimetype())) {
            store.markUnsupported(node, "iOCR cannot read " + content.getMimetype()
                    + " documents; it reads JPEG, PNG and BMP images, PDF and OFD files");
            return;
        }
        String template = firstNonNull(templateSign, classifierId == null ? state.template() : null);
        String classifier = template != null ? null : firstNonNull(classifierId, state.classifier());
        if (template == null && classifier == null) {
            template = settings.defaultTemplate();
            classifier = template == null ? settings.defaultClassifier() : null;
        }
        if (template == null && classifier == null) {
            store.markFailed(node, "CONFIGURATION", null, "No iOCR model is configured: set a template or a "
                    + "classifier on the folder or the rule, or iocr.recognition.defaultTemplate");
            return;
        }
        String checksum = store.checksum(node);
        if (!force && checksum != null && checksum.equals(state.checksum())) {
            store.markUnchanged(node);
            LOG.debug("iOCR: {} is unchanged since its last recognition; the stored result stands", node);
            return;
        }
        store.markQueued(node, template, classifier);
        if (pump != null) {
            platform.afterCommit(pump::kick);
        }
    }

    private static String firstNonNull(String first, String second) {
        return first != null && !first.isBlank() ? first : (second == null || second.isBlank() ? null : second);
    }

    static boolean flag(Serializable value) {
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    static String text(Serializable value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

}
