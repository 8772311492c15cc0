package io.iocr.alfresco;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.dictionary.PropertyDefinition;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes the {@code iocr:recognition} state of nodes: every state transition of the pipeline goes
 * through here. Callers provide the transaction and the security context; every write runs with the auditable
 * and versionable behaviours disabled for the node, so recognition never creates a version nor changes
 * {@code cm:modified}.
 */
public class RecognitionStore {

    private static final Logger LOG = LoggerFactory.getLogger(RecognitionStore.class);
    private static final int MAX_MESSAGE_LENGTH = 1000;

    private NodeService nodeService;
    private ContentService contentService;
    private BehaviourFilter behaviourFilter;
    private SearchService searchService;
    private NamespaceService namespaceService;
    private DictionaryService dictionaryService;
    private Clock clock = Clock.systemUTC();

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setContentService(ContentService contentService) {
        this.contentService = contentService;
    }

    public void setBehaviourFilter(BehaviourFilter behaviourFilter) {
        this.behaviourFilter = behaviourFilter;
    }

    public void setSearchService(SearchService searchService) {
        this.searchService = searchService;
    }

    public void setNamespaceService(NamespaceService namespaceService) {
        this.namespaceService = namespaceService;
    }

    public void setDictionaryService(DictionaryService dictionaryService) {
        this.dictionaryService = dictionaryService;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public NodeService nodeService() {
        return nodeService;
    }

    public ContentService contentService() {
        return contentService;
    }

    public Date now() {
        return Date.from(clock.instant());
    }

    // --- reads ------------------------------------------------------------------------------------------------

    /** The node's state, or null when the node does not exist. */
    public NodeRecognition read(NodeRef node) {
        if (!nodeService.exists(node)) {
            return null;
        }
        Map<QName, Serializable> props = nodeService.getProperties(node);
        return new NodeRecognition(node,
                RecognitionStatus.of(props.get(IocrModel.PROP_STATUS)),
                (String) props.get(IocrModel.PROP_TASK_ID),
                (String) props.get(IocrModel.PROP_TEMPLATE),
                (String) props.get(IocrModel.PROP_CLASSIFIER),
                (Date) props.get(IocrModel.PROP_REQUESTED),
                (Date) props.get(IocrModel.PROP_QUEUED),
                (Date) props.get(IocrModel.PROP_SUBMITTED),
                (Date) props.get(IocrModel.PROP_FINISHED),
                props.get(IocrModel.PROP_ATTEMPTS) instanceof Number n ? n.intValue() : 0,
                (String) props.get(IocrModel.PROP_CHECKSUM),
                (String) props.get(IocrModel.PROP_ERROR_CATEGORY),
                (String) props.get(IocrModel.PROP_ERROR_CODE),
                (String) props.get(IocrModel.PROP_ERROR_MESSAGE),
                strings(props.get(IocrModel.PROP_EDITED_PROPERTIES)));
    }

    /** Nodes in a state, at most {@code max}; answered by the database (exact-match query, TMDQ). */
    public List<NodeRef> find(RecognitionStatus status, int max) {
        ResultSet results = searchService.query(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE,
                SearchService.LANGUAGE_FTS_ALFRESCO, queryFor(status));
        try {
            List<NodeRef> nodes = results.getNodeRefs();
            return nodes.size() > max ? new ArrayList<>(nodes.subList(0, max)) : new ArrayList<>(nodes);
        } finally {
            results.close();
        }
    }

    public long count(RecognitionStatus status) {
        ResultSet results = searchService.query(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE,
                SearchService.LANGUAGE_FTS_ALFRESCO, queryFor(status));
        try {
            return results.getNumberFound();
        } finally {
            results.close();
        }
    }

    /** {@code ASPECT:"iocr:recognition" AND =iocr:status:"PENDING"}: both terms are database-answerable. */
    static String queryFor(RecognitionStatus status) {
        return "ASPECT:\"" + IocrModel.PREFIX + ":" + IocrModel.ASPECT_RECOGNITION.getLocalName() + "\" AND ="
                + IocrModel.PREFIX + ":" + IocrModel.PROP_STATUS.getLocalName() + ":\"" + status.name() + "\"";
    }

    /** The node's content, or null when it has none. */
    public ContentData content(NodeRef node) {
        Serializable value = nodeService.getProperty(node, ContentModel.PROP_CONTENT);
        return value instanceof ContentData data && ContentData.hasContent(data) ? data : null;
    }

    /** SHA-256 of the node's content, in hex. */
    public String checksum(NodeRef node) {
        ContentReader reader = contentService.getReader(node, ContentModel.PROP_CONTENT);
        if (reader == null || !reader.exists()) {
            return null;
        }
        try (InputStream in = reader.getContentInputStream()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the content of " + node + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    // --- transitions ------------------------------------------------------------------------------------------

    /** Queues the node: PENDING, waiting for the recognise action to validate it. */
    public void markPending(NodeRef node, String template, String classifier) {
        Map<QName, Serializable> props = new LinkedHashMap<>();
        props.put(IocrModel.PROP_STATUS, RecognitionStatus.PENDING.name());
        props.put(IocrModel.PROP_TEMPLATE, template);
        props.put(IocrModel.PROP_CLASSIFIER, classifier);
        props.put(IocrModel.PROP_REQUESTED, now());
        props.put(IocrModel.PROP_QUEUED, null);
        props.put(IocrModel.PROP_ATTEMPTS, 0);
        clearError(props);
        write(node, props);
    }

    /** Validated by the recognise action: the pump may submit it. */
    public void markQueued(NodeRef node, String template, String classifier) {
        Map<QName, Serializable> props = new LinkedHashMap<>();
        props.put(IocrModel.PROP_STATUS, RecognitionStatus.PENDING.name());
        props.put(IocrModel.PROP_TEMPLATE, template);
        props.put(IocrModel.PROP_CLASSIFIER, classifier);
        props.put(IocrModel.PROP_QUEUED, now());
        if (nodeService.getProperty(node, IocrModel.PROP_REQUESTED) == null) {
            props.put(IocrModel.PROP_REQUESTED, now());
        }
        write(node, props);
    }

    /** The content is the one already recognised: the stored result stands. */
    public void markUnchanged(NodeRef node) {
        Map<QName, Serializable> props = new LinkedHashMap<>();
        props.put(IocrModel.PROP_STATUS, RecognitionStatus.SUCCEEDED.name());
        props.put(IocrModel.PROP_QUEUED, null);
        clearError(props);
        write(node, props);
    }

    public void markUnsupported(NodeRef node, String reason) {
        Map<QName, Serializable> props = new LinkedHashMap<>();
        props.put(IocrModel.PROP_STATUS, RecognitionStatus.UNSUPPORTED.name());
        props.put(IocrModel.PROP_REQUESTED, now());
        props.put(IocrModel.PROP_QUEUED, null);
        props.put(IocrModel.PROP_ERROR_CATEGORY, "INPUT");
        props.put(IocrModel.PROP_ERROR_CODE, null);
        props.put(IocrModel.PROP_ERROR_MESSAGE, truncate(reason));
        write(node, props);
    }

    public void markSubmitted(NodeRef node, String taskId, int attempts) {
        Map<QName, Serializable> props = new LinkedHashMap<>();
        props.put(IocrModel.PROP_STATUS, RecognitionStatus.SUBMITTED.name());
        props.put(IocrModel.PROP_TASK_ID, taskId);
        props.put(IocrModel.PROP_SUBMITTED, now());
        props.put(IocrModel.PROP_FINISHED, null);
        props.put(IocrModel.PROP_ATTEMPTS, attempts);
        clearError(props);
        write(node, props);
    }

    /** A failed attempt that will be retried: the node stays where it is, the error is shown. */
    public void recordRetry(NodeRef node, int attempts, String category, String code, String message) {
        Map<QName, Serializable> props = new LinkedHashMap<>();
        props.put(IocrModel.PROP_ATTEMPTS, attempts);
        props.put(IocrModel.PROP_ERROR_CATEGORY, category);
        props.put(IocrModel.PROP_ERROR_CODE, code);
        props.put(IocrModel.PROP_ERROR_MESSAGE, truncate(message));
        write(node, props);
    }

    public void markFailed(NodeRef node, String category, String code, String message) {
        Map<QName, Serializable> props = new LinkedHashMap<>();
        props.put(IocrModel.PROP_STATUS, RecognitionStatus.FAILED.name());
        props.put(IocrModel.PROP_FINISHED, now());
        props.put(IocrModel.PROP_QUEUED, null);
        props.put(IocrModel.PROP_ERROR_CATEGORY, category);
        props.put(IocrModel.PROP_ERROR_CODE, code);
        props.put(IocrModel.PROP_ERROR_MESSAGE, truncate(message));
        write(node, props);
    }

    /** Remembers that a user changed recognised properties, so re-runs keep the user's values. */
    public void recordEdits(NodeRef node, Collection<String> prefixedNames) {
        List<String> edited = new ArrayList<>(strings(nodeService.getProperty(node,
                IocrModel.PROP_EDITED_PROPERTIES)));
        boolean changed = false;
        for (String name : prefixedNames) {
            if (!edited.contains(name)) {
                edited.add(name);
                changed = true;
            }
        }
        if (changed) {
            write(node, Map.of(IocrModel.PROP_EDITED_PROPERTIES, new ArrayList<>(edited)));
        }
    }

    /**
     * Stores a successful recognition: the state, the raw result, the locations document and the mapped values
     * (except those a user edited).
     *
     * @return the prefixed names of the properties written
     */
    public List<String> writeResult(NodeRef node, RecognitionResultDocument document, String checksum,
            List<String> warnings) {
        NodeRecognition current = read(node);
        List<String> written = new ArrayList<>();
        Map<QName, Serializable> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : document.mapped().properties().entrySet()) {
            QName property = resolve(entry.getKey());
            if (property == null || current.editedProperties().contains(entry.getKey())) {
                continue;
            }
            PropertyDefinition definition = dictionaryService.getProperty(property);
            if (definition == null) {
                warnings.add(entry.getKey() + " is not in the content model; value kept only in the raw result");
                continue;
            }
            Serializable stored = toStored(definition, entry.getValue());
            if (stored == null && entry.getValue() != null) {
                warnings.add(entry.getKey() + ": '" + entry.getValue() + "' does not fit "
                        + definition.getDataType().getName().getLocalName() + "; kept only in the raw result");
                continue;
            }
            values.put(property, stored);
            written.add(entry.getKey());
        }
        withoutVersioning(node, () -> {
            for (String aspect : document.mapped().aspects()) {
                QName aspectName = resolve(aspect);
                if (aspectName != null && !nodeService.hasAspect(node, aspectName)) {
                    nodeService.addAspect(node, aspectName, null);
                }
            }
            Map<QName, Serializable> state = new LinkedHashMap<>(values);
            state.put(IocrModel.PROP_STATUS, RecognitionStatus.SUCCEEDED.name());
            state.put(IocrModel.PROP_FINISHED, now());
            state.put(IocrModel.PROP_QUEUED, null);
            state.put(IocrModel.PROP_DOC_TYPE, document.mapped().docType());
            state.put(IocrModel.PROP_CHECKSUM, checksum);
            state.put(IocrModel.PROP_FIELD_LOCATIONS, document.locationsJson());
            state.put(IocrModel.PROP_WARNINGS, new ArrayList<>(warnings));
            state.put(IocrModel.PROP_WARNING_COUNT, warnings.size());
            ContentData content = content(node);
            state.put(IocrModel.PROP_CONTENT_URL, content == null ? null : content.getContentUrl());
            clearError(state);
            if (isContentProperty(IocrModel.PROP_RAW_RESULT)) {
                nodeService.addProperties(node, state);
                ContentWriter writer = contentService.getWriter(node, IocrModel.PROP_RAW_RESULT, true);
                writer.setMimetype("application/json");
                writer.setEncoding("UTF-8");
                writer.putContent(document.rawJson());
            } else {
                state.put(IocrModel.PROP_RAW_RESULT, document.rawJson());
                nodeService.addProperties(node, state);
            }
        });
        return written;
    }

    /** The stored raw get_result response, or null. */
    public String rawResult(NodeRef node) {
        if (isContentProperty(IocrModel.PROP_RAW_RESULT)) {
            ContentReader reader = contentService.getReader(node, IocrModel.PROP_RAW_RESULT);
            return reader == null || !reader.exists() ? null : reader.getContentString();
        }
        Serializable value = nodeService.getProperty(node, IocrModel.PROP_RAW_RESULT);
        return value == null ? null : value.toString();
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** A prefixed name such as {@code iocr:invoiceNumber} as a QName, or null when the prefix is unknown. */
    public QName resolve(String prefixedName) {
        try {
            return QName.createQName(prefixedName, namespaceService);
        } catch (RuntimeException unknownPrefix) {
            LOG.warn("Mapping names {}, whose prefix is not registered; ignored", prefixedName);
            return null;
        }
    }

    private boolean isContentProperty(QName property) {
        PropertyDefinition definition = dictionaryService.getProperty(property);
        return definition != null && DataTypeDefinition.CONTENT.equals(definition.getDataType().getName());
    }

    private void write(NodeRef node, Map<QName, Serializable> props) {
        withoutVersioning(node, () -> {
            if (!nodeService.hasAspect(node, IocrModel.ASPECT_RECOGNITION)) {
                nodeService.addAspect(node, IocrModel.ASPECT_RECOGNITION, null);
            }
            nodeService.addProperties(node, props);
        });
    }

    /** As Alfresco's own system writes do: no new version, no change of cm:modified/cm:modifier. */
    private void withoutVersioning(NodeRef node, Runnable write) {
        behaviourFilter.disableBehaviour(node, ContentModel.ASPECT_AUDITABLE);
        behaviourFilter.disableBehaviour(node, ContentModel.ASPECT_VERSIONABLE);
        try {
            write.run();
        } finally {
            behaviourFilter.enableBehaviour(node, ContentModel.ASPECT_VERSIONABLE);
            behaviourFilter.enableBehaviour(node, ContentModel.ASPECT_AUDITABLE);
        }
    }

    private static void clearError(Map<QName, Serializable> props) {
        props.put(IocrModel.PROP_ERROR_CATEGORY, null);
        props.put(IocrModel.PROP_ERROR_CODE, null);
        props.put(IocrModel.PROP_ERROR_MESSAGE, null);
    }

    private static String truncate(String message) {
        if (message == null) {
            return null;
        }
        return message.length() <= MAX_MESSAGE_LENGTH ? message : message.substring(0, MAX_MESSAGE_LENGTH) + "…";
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object value) {
        if (value instanceof Collection<?> values) {
            List<String> result = new ArrayList<>();
            for (Object item : values) {
                if (item != null) {
                    result.add(item.toString());
                }
            }
            return result;
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    /** A mapped value as the property's data type stores it, or null when it does not fit. */
    static Serializable toStored(PropertyDefinition definition, Object value) {
        if (value == null) {
            return null;
        }
        if (definition.isMultiValued()) {
            ArrayList<Serializable> values = new ArrayList<>();
            for (Object item : value instanceof Collection<?> c ? c : List.of(value)) {
                Serializable converted = convert(definition.getDataType().getName(), item);
                if (converted == null) {
                    return null;
                }
                values.add(converted);
            }
            return values;
        }
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty() ? null : convert(definition.getDataType().getName(),
                    collection.iterator().next());
        }
        return convert(definition.getDataType().getName(), value);
    }

    private static Serializable convert(QName type, Object value) {
        try {
            if (DataTypeDefinition.TEXT.equals(type) || DataTypeDefinition.MLTEXT.equals(type)) {
                return value.toString();
            }
            if (DataTypeDefinition.DATE.equals(type) || DataTypeDefinition.DATETIME.equals(type)) {
                LocalDate date = value instanceof LocalDate d ? d : LocalDate.parse(value.toString());
                return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (DataTypeDefinition.DOUBLE.equals(type)) {
                return value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString());
            }
            if (DataTypeDefinition.FLOAT.equals(type)) {
                return value instanceof Number n ? n.floatValue() : Float.parseFloat(value.toString());
            }
            if (DataTypeDefinition.LONG.equals(type)) {
                return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString());
            }
            if (DataTypeDefinition.INT.equals(type)) {
                return value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString());
            }
            if (DataTypeDefinition.BOOLEAN.equals(type)) {
                return value instanceof Boolean b ? b : Boolean.valueOf(value.toString());
            }
            return Objects.toString(value);
        } catch (RuntimeException doesNotFit) {
            return null;
        }
    }
}
