package io.iocr.alfresco;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
import org.alfresco.service.namespace.QName;

import io.iocr.mapping.FieldLocation;
import io.iocr.mapping.MappingWarning;

/**
 * Builds the JSON body of {@code GET iocr/recognition/...} (docs/recognition-api.md) from a node: its state,
 * the recognised properties of every iocr aspect with labels, typed and raw values, warnings and locations,
 * and the page sizes. Reads as the calling user, who has Read on the node.
 */
class RecognitionView {

    private final NodeService nodeService;
    private final DictionaryService dictionaryService;
    private final ObjectMapper json;

    RecognitionView(NodeService nodeService, DictionaryService dictionaryService, ObjectMapper json) {
        this.nodeService = nodeService;
        this.dictionaryService = dictionaryService;
        this.json = json;
    }

    Map<String, Object> build(NodeRef node, boolean canRerun) {
        Map<QName, Serializable> props = nodeService.getProperties(node);
        RecognitionResultDocument.Locations locations = RecognitionResultDocument.parse(
                (String) props.get(IocrModel.PROP_FIELD_LOCATIONS), json);
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
        body.put("pages", locations.pages());
        body.put("fields", fields(node, props, locations, edited));
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

    private List<Map<String, Object>> fields(NodeRef node, Map<QName, Serializable> props,
            RecognitionResultDocument.Locations locations, List<String> edited) {
        List<Map<String, Object>> fields = new ArrayList<>();
        List<QName> aspects = new ArrayList<>();
        for (QName aspect : nodeService.getAspects(node)) {
            if (IocrModel.NAMESPACE_URI.equals(aspect.getNamespaceURI())
                    && !IocrModel.ASPECT_RECOGNITION.equals(aspect)
                    && !IocrModel.ASPECT_AUTO_RECOGNISE.equals(aspect)) {
                aspects.add(aspect);
            }
        }
        aspects.sort(Comparator.comparing(QName::getLocalName));
        for (QName aspect : aspects) {
            ClassDefinition definition = dictionaryService.getClass(aspect);
            if (definition == null) {
                continue;
            }
            String aspectName = prefixed(aspect);
            String aspectLabel = label(definition.getTitle(dictionaryService), aspect);
            for (Map.Entry<QName, PropertyDefinition> entry : definition.getProperties().entrySet()) {
                Serializable value = props.get(entry.getKey());
                if (value == null || IocrModel.isStateProperty(entry.getKey())) {
                    continue;
                }
                String property = prefixed(entry.getKey());
                PropertyDefinition propertyDefinition = entry.getValue();
                String text = text(value, propertyDefinition.getDataType().getName());
                Map<String, Object> field = new LinkedHashMap<>();
                field.put("id", property);
                field.put("property", property);
                field.put("aspect", aspectName);
                field.put("aspectLabel", aspectLabel);
                field.put("label", label(propertyDefinition.getTitle(dictionaryService), entry.getKey()));
                field.put("key", keyOf(property, locations));
                field.put("type", "d:" + propertyDefinition.getDataType().getName().getLocalName());
                field.put("value", text);
                field.put("raw", locations.raw().getOrDefault(property, text));
                field.put("edited", edited.contains(property));
                field.put("warnings", warningsOf(property, locations));
                field.put("locations", locationsOf(property, locations));
                fields.add(field);
            }
        }
        fields.addAll(lineItems(locations));
        return fields;
    }

    /** Line-item cells ({@code iocr:lineItems[0].name}) are not properties; they are listed from the locations. */
    private List<Map<String, Object>> lineItems(RecognitionResultDocument.Locations locations) {
        Map<String, Map<String, Object>> items = new LinkedHashMap<>();
        for (FieldLocation location : locations.fields()) {
            String property = location.property();
            int open = property == null ? -1 : property.indexOf('[');
            int close = property == null ? -1 : property.indexOf(']', open + 1);
            if (open < 0 || close < 0) {
                continue;
            }
            Map<String, Object> field = items.computeIfAbsent(property, id -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", id);
                item.put("property", id);
                item.put("aspect", null);
                item.put("aspectLabel", null);
                item.put("label", id.substring(close + 2 > id.length() ? close + 1 : close + 2));
                item.put("key", location.key());
                item.put("type", "d:text");
                String raw = locations.raw().get(id);
                item.put("value", raw);
                item.put("raw", raw);
                item.put("edited", false);
                item.put("warnings", warningsOf(id, locations));
                item.put("locations", new ArrayList<Map<String, Object>>());
                item.put("lineItem", Integer.parseInt(property.substring(open + 1, close)));
                return item;
            });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> boxes = (List<Map<String, Object>>) field.get("locations");
            boxes.add(box(location));
        }
        return new ArrayList<>(items.values());
    }

    private static String keyOf(String property, RecognitionResultDocument.Locations locations) {
        for (FieldLocation location : locations.fields()) {
            if (property.equals(location.property())) {
                return location.key();
            }
        }
        return null;
    }

    private static List<String> warningsOf(String property, RecognitionResultDocument.Locations locations) {
        List<String> warnings = new ArrayList<>();
        for (MappingWarning warning : locations.warnings()) {
            if (property.equals(warning.property())) {
                warnings.add(warning.message());
            }
        }
        return warnings;
    }

    private static List<Map<String, Object>> locationsOf(String property,
            RecognitionResultDocument.Locations locations) {
        List<Map<String, Object>> boxes = new ArrayList<>();
        for (FieldLocation location : locations.fields()) {
            if (property.equals(location.property())) {
                boxes.add(box(location));
            }
        }
        return boxes;
    }

    private static Map<String, Object> box(FieldLocation location) {
        Map<String, Object> box = new LinkedHashMap<>();
        box.put("page", location.page());
        box.put("box", location.box());
        box.put("cbox", location.cbox());
        return box;
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

    private static String prefixed(QName name) {
        return IocrModel.PREFIX + ":" + name.getLocalName();
    }

    private static String label(String title, QName name) {
        return title == null || title.isBlank() ? name.getLocalName() : title;
    }
}
