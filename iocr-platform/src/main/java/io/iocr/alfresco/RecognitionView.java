package io.iocr.alfresco;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.alfresco.service.cmr.dictionary.ClassDefinition;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.dictionary.PropertyDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

import io.iocr.mapping.FieldLocationsJson;

/**
 * Builds the JSON body of {@code GET iocr/recognition/...} (docs/recognition-api.md) from a node: its state, and
 * for every value of the stored {@code iocr:fieldLocations} document the label and type from the dictionary, the
 * value as the node holds it now (so a user's edit shows), the raw text, warnings and locations; plus page sizes.
 * Reads as the calling user, who has Read on the node.
 */
class RecognitionView {

    private final NodeService nodeService;
    private final DictionaryService dictionaryService;
    private final NamespaceService namespaceService;
    private final ObjectMapper json;

    RecognitionView(NodeService nodeService, DictionaryService dictionaryService, NamespaceService namespaceService,
            ObjectMapper json) {
        this.nodeService = nodeService;
        this.dictionaryService = dictionaryService;
        this.namespaceService = namespaceService;
        this.json = json;
    }

    Map<String, Object> build(NodeRef node, boolean canRerun) {
        Map<QName, Serializable> props = nodeService.getProperties(node);
        String locations = (String) props.get(IocrModel.PROP_FIELD_LOCATIONS);
        List<String> edited = RecognitionStore.strings(props.get(IocrModel.PROP_EDITED_PROPERTIES));

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nodeRef", node.toString());
        body.put("status", RecognitionStatus.of(props.get(IocrModel.PROP_STATUS)).name());
        body.put("template", props.get(IocrModel.PROP_TEMPLATE));
        body.put("classifier", props.get(IocrModel.PROP_CLASSIFIER));
        body.put("docType", props.get(IocrModel.PROP_DOC_TYPE));
        body.put("taskId", props.get(IocrModel.PROP_TASK_ID));
        body.put("submitted", WebScriptSupport.iso((Date) props.get(IocrModel.PROP_SUBMITTED)));
        body.put("finished", WebScriptSupport.iso((Date) props.get(IocrModel.PROP_FINISHED)));
        body.put("attempts", props.get(IocrModel.PROP_ATTEMPTS) instanceof Number n ? n.intValue() : 0);
        body.put("error", error(props));
        body.put("warnings", RecognitionStore.strings(props.get(IocrModel.PROP_WARNINGS)));
        body.put("pages", RecognitionResultDocument.pages(locations, json));
        body.put("fields", fields(props, RecognitionResultDocument.fields(locations), edited));
        body.put("canRerun", canRerun);
        return body;
    }

    private static Map<String, Object> error(Map<QName, Serializable> props) {
        Serializable message = props.get(IocrModel.PROP_ERROR_MESSAGE);
        if (message == null) {
            return null;
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("category", props.get(IocrModel.PROP_ERROR_CATEGORY));
        error.put("code", props.get(IocrModel.PROP_ERROR_CODE));
        error.put("message", message.toString());
        return error;
    }

    /** The document's values, grouped by aspect in the order the mapping produced them. */
    private List<Map<String, Object>> fields(Map<QName, Serializable> props, FieldLocationsJson.Document document,
            List<String> edited) {
        Map<String, List<Map<String, Object>>> byAspect = new LinkedHashMap<>();
        Map<String, String> aspectLabels = new LinkedHashMap<>();
        for (FieldLocationsJson.Field field : document.fields()) {
            String aspect = field.aspect();
            String aspectLabel = aspectLabels.computeIfAbsent(String.valueOf(aspect), a -> aspectLabel(aspect));
            byAspect.computeIfAbsent(String.valueOf(aspect), a -> new ArrayList<>())
                    .add(field(field, aspectLabel, props, edited));
        }
        List<Map<String, Object>> fields = new ArrayList<>();
        byAspect.values().forEach(fields::addAll);
        return fields;
    }

    private Map<String, Object> field(FieldLocationsJson.Field field, String aspectLabel,
            Map<QName, Serializable> props, List<String> edited) {
        PropertyDefinition definition = field.lineItem() == null ? definition(field.property()) : null;
        QName type = definition == null ? DataTypeDefinition.TEXT : definition.getDataType().getName();
        String value = field.value();
        boolean wasEdited = edited.contains(field.property());
        if (definition != null) {
            Serializable stored = props.get(definition.getName());
            value = stored != null ? text(stored, type) : (wasEdited ? null : value);
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", field.property());
        entry.put("property", field.property());
        entry.put("aspect", field.aspect());
        entry.put("aspectLabel", aspectLabel);
        entry.put("label", definition != null ? label(definition.getTitle(dictionaryService), field.property())
                : label(field.key(), field.property()));
        entry.put("key", field.key());
        entry.put("type", "d:" + type.getLocalName());
        entry.put("value", value);
        entry.put("raw", field.raw());
        entry.put("edited", wasEdited);
        entry.put("warnings", field.warnings());
        List<Map<String, Object>> boxes = new ArrayList<>();
        for (FieldLocationsJson.Box box : field.locations()) {
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("page", box.page());
            location.put("box", box.box());
            location.put("cbox", box.cbox());
            boxes.add(location);
        }
        entry.put("locations", boxes);
        if (field.lineItem() != null) {
            entry.put("lineItem", field.lineItem());
        }
        return entry;
    }

    private PropertyDefinition definition(String prefixedName) {
        try {
            return dictionaryService.getProperty(QName.createQName(prefixedName, namespaceService));
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private String aspectLabel(String prefixedName) {
        if (prefixedName == null) {
            return null;
        }
        try {
            ClassDefinition definition = dictionaryService.getClass(QName.createQName(prefixedName,
                    namespaceService));
            return definition == null ? prefixedName : label(definition.getTitle(dictionaryService), prefixedName);
        } catch (RuntimeException unknown) {
            return prefixedName;
        }
    }

    /** The value as text: dates yyyy-MM-dd, amounts with (at least) two decimals, lists joined. */
    static String text(Serializable value, QName type) {
        if (value instanceof Collection<?> values) {
            List<String> parts = new ArrayList<>();
            for (Object item : values) {
                if (item instanceof Serializable serializable) {
                    parts.add(text(serializable, type));
                }
            }
            return String.join(", ", parts);
        }
        if (value instanceof Date date) {
            SimpleDateFormat format = new SimpleDateFormat(DataTypeDefinition.DATETIME.equals(type)
                    ? "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'" : "yyyy-MM-dd");
            format.setTimeZone(TimeZone.getTimeZone("UTC"));
            return format.format(date);
        }
        if (value instanceof Double || value instanceof Float) {
            BigDecimal decimal = new BigDecimal(value.toString());
            return decimal.setScale(Math.max(2, decimal.scale())).toPlainString();
        }
        return value.toString();
    }

    private static String label(String title, String fallback) {
        return title == null || title.isBlank() ? fallback : title;
    }
}
