package io.iocr.alfresco;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/**
 * Remembers which recognised values a user changed ({@code iocr:editedProperties}), so a re-run keeps them.
 * Recognition writes run as the system user and are not edits.
 */
public class UserEditTracker {

    private PolicyComponent policyComponent;
    private RecognitionStore store;
    private PlatformSupport platform;

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setStore(RecognitionStore store) {
        this.store = store;
    }

    public void setPlatform(PlatformSupport platform) {
        this.platform = platform;
    }

    public void init() {
        Objects.requireNonNull(policyComponent, "policyComponent");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(platform, "platform");
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME,
                ContentModel.TYPE_CONTENT,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
    }

    public void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before,
            Map<QName, Serializable> after) {
        if (after.get(IocrModel.PROP_STATUS) == null || platform.isSystemUser()) {
            return; // not a recognised document, or the pipeline's own write
        }
        Set<QName> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<String> edited = new ArrayList<>();
        for (QName key : keys) {
            if (IocrModel.NAMESPACE_URI.equals(key.getNamespaceURI()) && !IocrModel.isStateProperty(key)
                    && !Objects.equals(before.get(key), after.get(key))) {
                edited.add(IocrModel.PREFIX + ":" + key.getLocalName());
            }
        }
        if (!edited.isEmpty()) {
            platform.runAsSystem(() -> {
                store.recordEdits(nodeRef, edited);
                return null;
            });
        }
    }
}
