package io.iocr.alfresco.harness;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.ContentServicePolicies;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.InvalidNodeRefException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/**
 * NodeService over {@link RepositoryState}, as the public service behaves: permission checks for the calling
 * user, a transaction per call when none is active, every property validated against the content models, aspects
 * applied for the aspect properties set, mandatory aspects added, and the policies the repository fires:
 * onCreateNode, onUpdateProperties and (as the content service does on property updates) onContentPropertyUpdate
 * and onContentUpdate. The auditable and versionable aspects are simulated (cm:modified; a version per content
 * change, and per property change when cm:autoVersionOnUpdateProps) unless disabled for the node by the
 * behaviour filter.
 */
public final class InMemoryNodeService {

    static final QName PROP_CREATED = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "created");
    static final QName PROP_CREATOR = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "creator");
    static final QName PROP_MODIFIER = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "modifier");

    private final RepositoryState state;
    private final Transactions transactions;
    private final ModelDictionary dictionary;
    private final HarnessSecurity security;
    private final HarnessPolicies policies;

    public InMemoryNodeService(RepositoryState state, Transactions transactions, ModelDictionary dictionary,
            HarnessSecurity security, HarnessPolicies policies) {
        this.state = state;
        this.transactions = transactions;
        this.dictionary = dictionary;
        this.security = security;
        this.policies = policies;
    }

    /** Creates the store root and Company Home the first time a repository starts on an empty state. */
    void bootstrap() {
        if (state.root != null) {
            return;
        }
        security.runAsSystem(() -> transactions.required(() -> {
            NodeRef root = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "root");
            RepositoryState.NodeRecord record = new RepositoryState.NodeRecord(root);
            record.type = ContentModel.TYPE_STOREROOT;
            state.nodes.put(root, record);
            state.root = root;
            state.companyHome = createNode(root, ContentModel.ASSOC_CHILDREN,
                    QName.createQName(NamespaceService.APP_MODEL_1_0_URI, "company_home"), ContentModel.TYPE_FOLDER,
                    Map.of(ContentModel.PROP_NAME, "Company Home")).getChildRef();
            return null;
        }));
    }

    public boolean exists(NodeRef nodeRef) {
        return nodeRef != null && state.nodes.containsKey(nodeRef);
    }

    public NodeRef getRootNode(StoreRef storeRef) {
        return state.root;
    }

    public ChildAssociationRef createNode(NodeRef parentRef, QName assocTypeQName, QName assocQName,
            QName nodeTypeQName, Map<QName, Serializable> properties) {
        return transactions.required(() -> {
            RepositoryState.NodeRecord parent = record(parentRef);
            security.check(parentRef, "Write");
            ModelDictionary.ClassDef type = dictionary.classDef(nodeTypeQName);
            if (type == null || type.aspect()) {
                throw new IllegalArgumentException("Unknown type " + nodeTypeQName);
            }
            NodeRef ref = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, UUID.randomUUID().toString());
            RepositoryState.NodeRecord record = new RepositoryState.NodeRecord(ref);
            record.type = nodeTypeQName;
            record.parent = parentRef;
            record.assocQName = assocQName;
            record.aspects.addAll(dictionary.mandatoryAspects(nodeTypeQName));
            Map<QName, Serializable> props = properties == null ? new HashMap<>() : new HashMap<>(properties);
            if (record.aspects.contains(ContentModel.ASPECT_AUDITABLE)) {
                Date now = new Date();
                props.putIfAbsent(PROP_CREATED, now);
                props.putIfAbsent(PROP_CREATOR, security.currentUser());
                props.putIfAbsent(ContentModel.PROP_MODIFIED, now);
                props.putIfAbsent(PROP_MODIFIER, security.currentUser());
            }
            applyProperties(record, props);
            state.nodes.put(ref, record);
            parent.children.add(ref);
            transactions.changed(() -> {
                state.nodes.remove(ref);
                parent.children.remove(ref);
            });
            ChildAssociationRef assoc = new ChildAssociationRef(assocTypeQName, parentRef, assocQName, ref, true, -1);
            Set<QName> classes = classesOf(record);
            policies.fire(NodeServicePolicies.OnCreateNodePolicy.QNAME, ref, classes, assoc);
            propertiesChanged(record, Map.of(), new HashMap<>(record.props));
            return assoc;
        });
    }

    public void deleteNode(NodeRef nodeRef) {
        transactions.required(() -> {
            RepositoryState.NodeRecord record = record(nodeRef);
            security.check(nodeRef, "Write");
            for (NodeRef child : new ArrayList<>(record.children)) {
                deleteNode(child);
            }
            RepositoryState.NodeRecord parent = state.nodes.get(record.parent);
            state.nodes.remove(nodeRef);
            if (parent != null) {
                parent.children.remove(nodeRef);
            }
            transactions.changed(() -> {
                state.nodes.put(nodeRef, record);
                if (parent != null) {
                    parent.children.add(nodeRef);
                }
            });
            return null;
        });
    }

    public QName getType(NodeRef nodeRef) {
        return read(nodeRef, record -> record.type);
    }

    public void addAspect(NodeRef nodeRef, QName aspectTypeQName, Map<QName, Serializable> aspectProperties) {
        ModelDictionary.ClassDef aspect = dictionary.classDef(aspectTypeQName);
        if (aspect == null || !aspect.aspect()) {
            throw new IllegalArgumentException("Unknown aspect " + aspectTypeQName);
        }
        update(nodeRef, record -> {
            record.aspects.add(aspectTypeQName);
            record.aspects.addAll(dictionary.mandatoryAspects(aspectTypeQName));
            if (aspectProperties != null) {
                applyProperties(record, aspectProperties);
            }
        });
    }

    public void removeAspect(NodeRef nodeRef, QName aspectTypeQName) {
        update(nodeRef, record -> {
            record.aspects.remove(aspectTypeQName);
            ModelDictionary.ClassDef aspect = dictionary.classDef(aspectTypeQName);
            if (aspect != null) {
                aspect.properties().keySet().forEach(record.props::remove);
            }
        });
    }

    public boolean hasAspect(NodeRef nodeRef, QName aspectTypeQName) {
        return read(nodeRef, record -> record.aspects.contains(aspectTypeQName));
    }

    public Set<QName> getAspects(NodeRef nodeRef) {
        return read(nodeRef, record -> new LinkedHashSet<>(record.aspects));
    }

    public Map<QName, Serializable> getProperties(NodeRef nodeRef) {
        return read(nodeRef, record -> new HashMap<>(record.props));
    }

    public Serializable getProperty(NodeRef nodeRef, QName qname) {
        return read(nodeRef, record -> record.props.get(qname));
    }

    public void addProperties(NodeRef nodeRef, Map<QName, Serializable> properties) {
        update(nodeRef, record -> applyProperties(record, properties));
    }

    public void setProperty(NodeRef nodeRef, QName qname, Serializable value) {
        Map<QName, Serializable> single = new HashMap<>();
        single.put(qname, value);
        update(nodeRef, record -> applyProperties(record, single));
    }

    public void removeProperty(NodeRef nodeRef, QName qname) {
        update(nodeRef, record -> record.props.remove(qname));
    }

    public ChildAssociationRef getPrimaryParent(NodeRef nodeRef) {
        return read(nodeRef, record -> new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, record.parent,
                record.assocQName, nodeRef, true, -1));
    }

    public List<ChildAssociationRef> getChildAssocs(NodeRef nodeRef) {
        return read(nodeRef, record -> {
            List<ChildAssociationRef> children = new ArrayList<>();
            for (NodeRef child : record.children) {
                RepositoryState.NodeRecord childRecord = state.nodes.get(child);
                children.add(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, nodeRef,
                        childRecord == null ? null : childRecord.assocQName, child, true, -1));
            }
            return children;
        });
    }

    // --- internals ----------------------------------------------------------------------------------------------

    private interface RecordFunction<R> {
        R apply(RepositoryState.NodeRecord record);
    }

    private interface RecordChange {
        void apply(RepositoryState.NodeRecord record);
    }

    private <R> R read(NodeRef nodeRef, RecordFunction<R> function) {
        return transactions.required(() -> {
            RepositoryState.NodeRecord record = record(nodeRef);
            security.check(nodeRef, "Read");
            return function.apply(record);
        });
    }

    private void update(NodeRef nodeRef, RecordChange change) {
        transactions.required(() -> {
            RepositoryState.NodeRecord record = record(nodeRef);
            security.check(nodeRef, "Write");
            RepositoryState.Snapshot snapshot = record.snapshot();
            Map<QName, Serializable> before = new HashMap<>(record.props);
            change.apply(record);
            transactions.changed(() -> record.restore(snapshot));
            if (!before.equals(record.props)) {
                if (record.aspects.contains(ContentModel.ASPECT_AUDITABLE)
                        && policies.isEnabled(nodeRef, ContentModel.ASPECT_AUDITABLE)) {
                    record.props.put(ContentModel.PROP_MODIFIED, new Date());
                    record.props.put(PROP_MODIFIER, security.currentUser());
                }
                propertiesChanged(record, before, new HashMap<>(record.props));
            }
            return null;
        });
    }

    private RepositoryState.NodeRecord record(NodeRef nodeRef) {
        RepositoryState.NodeRecord record = state.nodes.get(nodeRef);
        if (record == null) {
            throw new InvalidNodeRefException(nodeRef);
        }
        return record;
    }

    /** Validates every value against the models and applies the aspects that define them. */
    private void applyProperties(RepositoryState.NodeRecord record, Map<QName, Serializable> properties) {
        for (Map.Entry<QName, Serializable> entry : properties.entrySet()) {
            ModelDictionary.PropDef def = dictionary.check(entry.getKey(), entry.getValue());
            ModelDictionary.ClassDef container = dictionary.classDef(def.container());
            if (container.aspect()) {
                if (record.aspects.add(container.name())) {
                    record.aspects.addAll(dictionary.mandatoryAspects(container.name()));
                }
            } else if (!dictionary.isSubClass(record.type, container.name())) {
                throw new IllegalArgumentException("Property " + entry.getKey() + " belongs to "
                        + container.name() + ", not to a " + record.type);
            }
            if (entry.getValue() == null) {
                record.props.remove(entry.getKey());
            } else {
                record.props.put(entry.getKey(), copy(entry.getValue()));
            }
        }
    }

    private static Serializable copy(Serializable value) {
        return value instanceof List<?> list ? new ArrayList<>(list) : value;
    }

    Set<QName> classesOf(RepositoryState.NodeRecord record) {
        Set<QName> classes = new LinkedHashSet<>();
        classes.add(record.type);
        classes.addAll(record.aspects);
        return classes;
    }

    /** The policies fired after a property change, and the simulated versioning. */
    private void propertiesChanged(RepositoryState.NodeRecord record, Map<QName, Serializable> before,
            Map<QName, Serializable> after) {
        Set<QName> classes = classesOf(record);
        policies.fire(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, record.ref, classes, record.ref, before,
                after);
        boolean contentChanged = false;
        boolean anyContent = false;
        boolean newContent = false;
        for (QName property : contentProperties(before, after)) {
            ContentData was = (ContentData) before.get(property);
            ContentData is = (ContentData) after.get(property);
            if (Objects.equals(was, is) || (!hasContent(was) && !hasContent(is))) {
                continue;
            }
            contentChanged |= ContentModel.PROP_CONTENT.equals(property);
            anyContent = true;
            newContent |= !hasContent(was) && hasContent(is);
            policies.fire(ContentServicePolicies.OnContentPropertyUpdatePolicy.QNAME, record.ref, classes,
                    record.ref, property, was, is);
        }
        if (anyContent) {
            policies.fire(ContentServicePolicies.OnContentUpdatePolicy.QNAME, record.ref, classes, record.ref,
                    newContent);
        }
        if (!before.isEmpty() && record.aspects.contains(ContentModel.ASPECT_VERSIONABLE)
                && policies.isEnabled(record.ref, ContentModel.ASPECT_VERSIONABLE)) {
            boolean onProps = Boolean.TRUE.equals(record.props.get(ContentModel.PROP_AUTO_VERSION_PROPS));
            if (contentChanged || onProps) {
                record.versions++;
                record.props.put(ContentModel.PROP_VERSION_LABEL, "1." + record.versions);
            }
        }
    }

    private List<QName> contentProperties(Map<QName, Serializable> before, Map<QName, Serializable> after) {
        Set<QName> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<QName> content = new ArrayList<>();
        for (QName key : keys) {
            ModelDictionary.PropDef def = dictionary.propDef(key);
            if (def != null && "content".equals(def.type().getLocalName())) {
                content.add(key);
            }
        }
        return content;
    }

    /** "Has content" as the content service counts it with policy.content.update.ignoreEmpty=true. */
    private static boolean hasContent(ContentData data) {
        return ContentData.hasContent(data) && data.getSize() > 0;
    }
}
