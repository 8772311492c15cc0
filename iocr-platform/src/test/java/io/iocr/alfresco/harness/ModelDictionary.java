package io.iocr.alfresco.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.alfresco.service.cmr.dictionary.ClassDefinition;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.dictionary.PropertyDefinition;
import org.alfresco.service.cmr.i18n.MessageLookup;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceException;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The content models the harness enforces, parsed from the real model XML files (our iocr-model.xml and a
 * minimal cm/sys model): classes, parents, properties with their data types and multiplicity, mandatory aspects,
 * and labels from the models' message bundles. Setting a property no class defines, or a value of the wrong
 * type, fails as the repository's integrity checks would.
 */
public final class ModelDictionary {

    static final String DICTIONARY_URI = NamespaceService.DICTIONARY_MODEL_1_0_URI;

    /** A type or an aspect. */
    public record ClassDef(QName name, QName parent, boolean aspect, Map<QName, PropDef> properties,
            List<QName> mandatoryAspects, String title, String modelKey) {
    }

    /** A property: data type, multiplicity, the class that declares it. */
    public record PropDef(QName name, QName type, boolean multiple, QName container, String title) {
    }

    private final Map<String, String> prefixToUri = new LinkedHashMap<>();
    private final Map<QName, ClassDef> classes = new LinkedHashMap<>();
    private final Map<QName, PropDef> properties = new LinkedHashMap<>();
    private final List<Properties> bundles = new ArrayList<>();

    public ModelDictionary(List<String> modelResources, List<String> labelBundles) {
        prefixToUri.put("d", DICTIONARY_URI);
        for (String resource : modelResources) {
            load(resource);
        }
        for (String bundle : labelBundles) {
            Properties labels = loadBundle(bundle + ".properties");
            if (labels != null) {
                bundles.add(labels);
            }
        }
    }

    // --- parsing ------------------------------------------------------------------------------------------------

    private void load(String resource) {
        try (InputStream in = ModelDictionary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No content model on the classpath at " + resource);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(in);
            Element model = document.getDocumentElement();
            for (Element ns : descendants(model, "import")) {
                prefixToUri.putIfAbsent(ns.getAttribute("prefix"), ns.getAttribute("uri"));
            }
            for (Element ns : descendants(model, "namespace")) {
                prefixToUri.put(ns.getAttribute("prefix"), ns.getAttribute("uri"));
            }
            String modelKey = model.getAttribute("name").replace(':', '_');
            for (Element type : children(child(model, "types"), "type")) {
                define(type, false, modelKey);
            }
            for (Element aspect : children(child(model, "aspects"), "aspect")) {
                define(aspect, true, modelKey);
            }
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("Cannot parse the content model " + resource, e);
        }
    }

    private void define(Element element, boolean aspect, String modelKey) {
        QName name = resolve(element.getAttribute("name"));
        Element parentElement = child(element, "parent");
        QName parent = parentElement == null ? null : resolve(parentElement.getTextContent().trim());
        Map<QName, PropDef> props = new LinkedHashMap<>();
        for (Element property : children(child(element, "properties"), "property")) {
            QName propName = resolve(property.getAttribute("name"));
            Element typeElement = child(property, "type");
            if (typeElement == null) {
                throw new IllegalStateException("Property " + propName + " has no type");
            }
            QName type = resolve(typeElement.getTextContent().trim());
            if (!DICTIONARY_URI.equals(type.getNamespaceURI())) {
                throw new IllegalStateException("Property " + propName + " has an unknown data type " + type);
            }
            Element multiple = child(property, "multiple");
            PropDef def = new PropDef(propName, type,
                    multiple != null && Boolean.parseBoolean(multiple.getTextContent().trim()), name,
                    text(child(property, "title")));
            if (properties.containsKey(propName)) {
                throw new IllegalStateException("Property " + propName + " is defined twice");
            }
            props.put(propName, def);
            properties.put(propName, def);
        }
        List<QName> mandatory = new ArrayList<>();
        for (Element mandatoryAspect : children(child(element, "mandatory-aspects"), "aspect")) {
            mandatory.add(resolve(mandatoryAspect.getTextContent().trim()));
        }
        classes.put(name, new ClassDef(name, parent, aspect, props, mandatory, text(child(element, "title")),
                modelKey));
    }

    private static Properties loadBundle(String resource) {
        try (InputStream in = ModelDictionary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    // --- queries ------------------------------------------------------------------------------------------------

    public QName resolve(String prefixed) {
        int colon = prefixed.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Not a prefixed name: " + prefixed);
        }
        String uri = prefixToUri.get(prefixed.substring(0, colon));
        if (uri == null) {
            throw new NamespaceException("Namespace prefix " + prefixed.substring(0, colon) + " is not mapped");
        }
        return QName.createQName(uri, prefixed.substring(colon + 1));
    }

    public ClassDef classDef(QName name) {
        return classes.get(name);
    }

    public PropDef propDef(QName name) {
        return properties.get(name);
    }

    public boolean isSubClass(QName className, QName ofClassName) {
        for (QName current = className; current != null; ) {
            if (current.equals(ofClassName)) {
                return true;
            }
            ClassDef def = classes.get(current);
            current = def == null ? null : def.parent();
        }
        return false;
    }

    /** The class and its ancestors, nearest first. */
    public List<QName> lineage(QName className) {
        List<QName> lineage = new ArrayList<>();
        for (QName current = className; current != null && !lineage.contains(current); ) {
            lineage.add(current);
            ClassDef def = classes.get(current);
            current = def == null ? null : def.parent();
        }
        return lineage;
    }

    /** The mandatory aspects of a class and its ancestors, transitively. */
    public Set<QName> mandatoryAspects(QName className) {
        Set<QName> result = new LinkedHashSet<>();
        for (QName current : lineage(className)) {
            for (QName aspect : classes.get(current).mandatoryAspects()) {
                if (result.add(aspect)) {
                    result.addAll(mandatoryAspects(aspect));
                }
            }
        }
        return result;
    }

    /** Throws when {@code property} is not defined or {@code value} is not of its type. */
    public PropDef check(QName property, Serializable value) {
        PropDef def = properties.get(property);
        if (def == null) {
            throw new IllegalArgumentException("Property " + property + " is not defined by any content model");
        }
        if (value == null) {
            return def;
        }
        if (value instanceof Collection<?> values) {
            if (!def.multiple()) {
                throw new IllegalArgumentException("Property " + property + " is single-valued; got a list "
                        + value);
            }
            for (Object item : values) {
                checkType(def, item);
            }
        } else {
            checkType(def, value);
        }
        return def;
    }

    private static void checkType(PropDef def, Object value) {
        if (value == null) {
            return;
        }
        Class<?> expected = switch (def.type().getLocalName()) {
            case "text", "mltext" -> String.class;
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "float" -> Float.class;
            case "double" -> Double.class;
            case "date", "datetime" -> Date.class;
            case "boolean" -> Boolean.class;
            case "content" -> ContentData.class;
            case "qname" -> QName.class;
            case "noderef" -> NodeRef.class;
            case "locale" -> Locale.class;
            default -> Object.class;
        };
        if (!expected.isInstance(value)) {
            throw new IllegalArgumentException("Property " + def.name() + " is " + def.type().getLocalName()
                    + "; got " + value.getClass().getSimpleName() + " '" + value + "'");
        }
    }

    public String message(String key) {
        for (Properties bundle : bundles) {
            String value = bundle.getProperty(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private String classTitle(ClassDef def) {
        String label = message(def.modelKey() + "." + (def.aspect() ? "aspect." : "type.")
                + prefixOf(def.name()) + "_" + def.name().getLocalName() + ".title");
        return label != null ? label : def.title();
    }

    private String propertyTitle(PropDef def) {
        ClassDef container = classes.get(def.container());
        String label = message(container.modelKey() + ".property." + prefixOf(def.name()) + "_"
                + def.name().getLocalName() + ".title");
        return label != null ? label : def.title();
    }

    private String prefixOf(QName name) {
        for (Map.Entry<String, String> entry : prefixToUri.entrySet()) {
            if (entry.getValue().equals(name.getNamespaceURI())) {
                return entry.getKey();
            }
        }
        throw new NamespaceException("No prefix for " + name.getNamespaceURI());
    }

    // --- the services over this dictionary ----------------------------------------------------------------------

    public DictionaryService dictionaryService() {
        return ServiceProxy.of(DictionaryService.class, new DictionaryImpl());
    }

    public NamespaceService namespaceService() {
        return ServiceProxy.of(NamespaceService.class, new NamespaceImpl());
    }

    /** DictionaryService over the parsed models. */
    public final class DictionaryImpl {

        public ClassDefinition getClass(QName name) {
            ClassDef def = classes.get(name);
            return def == null ? null : ServiceProxy.of(ClassDefinition.class, new ClassDefinitionImpl(def));
        }

        public boolean isSubClass(QName className, QName ofClassName) {
            return ModelDictionary.this.isSubClass(className, ofClassName);
        }

        public PropertyDefinition getProperty(QName propertyName) {
            PropDef def = properties.get(propertyName);
            return def == null ? null : ServiceProxy.of(PropertyDefinition.class, new PropertyDefinitionImpl(def));
        }

        public String getMessage(String messageKey) {
            return message(messageKey);
        }

        public String getMessage(String messageKey, Locale locale) {
            return message(messageKey);
        }
    }

    public final class ClassDefinitionImpl {
        private final ClassDef def;

        ClassDefinitionImpl(ClassDef def) {
            this.def = def;
        }

        public QName getName() {
            return def.name();
        }

        public String getTitle(MessageLookup lookup) {
            return classTitle(def);
        }

        public Map<QName, PropertyDefinition> getProperties() {
            Map<QName, PropertyDefinition> result = new LinkedHashMap<>();
            for (QName ancestor : reversed(lineage(def.name()))) {
                for (PropDef prop : classes.get(ancestor).properties().values()) {
                    result.put(prop.name(), ServiceProxy.of(PropertyDefinition.class,
                            new PropertyDefinitionImpl(prop)));
                }
            }
            return result;
        }
    }

    public final class PropertyDefinitionImpl {
        private final PropDef def;

        PropertyDefinitionImpl(PropDef def) {
            this.def = def;
        }

        public QName getName() {
            return def.name();
        }

        public String getTitle(MessageLookup lookup) {
            return propertyTitle(def);
        }

        public DataTypeDefinition getDataType() {
            return ServiceProxy.of(DataTypeDefinition.class, new DataTypeImpl(def.type()));
        }

        public ClassDefinition getContainerClass() {
            return new DictionaryImpl().getClass(def.container());
        }

        public boolean isMultiValued() {
            return def.multiple();
        }
    }

    public static final class DataTypeImpl {
        private final QName name;

        DataTypeImpl(QName name) {
            this.name = name;
        }

        public QName getName() {
            return name;
        }
    }

    /** NamespaceService over the models' prefixes. */
    public final class NamespaceImpl {

        public String getNamespaceURI(String prefix) {
            String uri = prefixToUri.get(prefix);
            if (uri == null) {
                throw new NamespaceException("Namespace prefix " + prefix + " is not mapped to a namespace URI");
            }
            return uri;
        }

        public Collection<String> getPrefixes(String namespaceURI) {
            List<String> prefixes = new ArrayList<>();
            prefixToUri.forEach((prefix, uri) -> {
                if (uri.equals(namespaceURI)) {
                    prefixes.add(prefix);
                }
            });
            return prefixes;
        }

        public Collection<String> getPrefixes() {
            return new ArrayList<>(prefixToUri.keySet());
        }

        public Collection<String> getURIs() {
            return new ArrayList<>(new HashMap<>(prefixToUri).values());
        }
    }

    // --- DOM helpers --------------------------------------------------------------------------------------------

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                result.add(element);
            }
        }
        return result;
    }

    private static List<Element> descendants(Element root, String localName) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent().trim();
    }
}
