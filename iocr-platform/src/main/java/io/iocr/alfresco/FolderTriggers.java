package io.iocr.alfresco;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;

/**
 * Decides whether a document lies in an auto-recognition folder: below a folder with the
 * {@code iocr:autoRecognise} aspect (the nearest one wins) or below a folder named by path in
 * {@code iocr.autoRecognise.folders}. Walks the primary parents only, which the node cache answers.
 */
public class FolderTriggers {

    /** Upper bound on the parent walk; real hierarchies are far shallower. */
    private static final int MAX_DEPTH = 256;

    /** The model to use for a document: a template, a classifier, or (both null) the configured defaults. */
    public record Trigger(String templateSign, String classifierId, String folder) {
    }

    private final NodeService nodeService;
    private final PipelineSettings settings;

    public FolderTriggers(NodeService nodeService, PipelineSettings settings) {
        this.nodeService = nodeService;
        this.settings = settings;
    }

    /** The trigger that applies to {@code document}, or null when it is in no auto-recognition folder. */
    public Trigger find(NodeRef document) {
        Deque<String> names = new ArrayDeque<>();
        NodeRef current = document;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            ChildAssociationRef parentAssoc = nodeService.getPrimaryParent(current);
            NodeRef parent = parentAssoc == null ? null : parentAssoc.getParentRef();
            if (parent == null) {
                break;
            }
            if (nodeService.hasAspect(parent, IocrModel.ASPECT_AUTO_RECOGNISE)) {
                return new Trigger(text(parent, IocrModel.PROP_AUTO_TEMPLATE),
                        text(parent, IocrModel.PROP_AUTO_CLASSIFIER), "marked folder " + parent);
            }
            String name = text(parent, ContentModel.PROP_NAME);
            if (name != null) {
                names.addFirst(name);
            }
            current = parent;
        }
        if (settings.folders().isEmpty()) {
            return null;
        }
        String path = "/" + String.join("/", names);
        for (PipelineSettings.FolderRule rule : settings.folders()) {
            if (path.equals(rule.path()) || path.startsWith(rule.path() + "/")) {
                return new Trigger(rule.templateSign(), rule.classifierId(), rule.path());
            }
        }
        return null;
    }

    private String text(NodeRef node, org.alfresco.service.namespace.QName property) {
        Serializable value = nodeService.getProperty(node, property);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
