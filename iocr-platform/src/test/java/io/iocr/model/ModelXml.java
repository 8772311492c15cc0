package io.iocr.model;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Test helper: the shipped iocr-model.xml, read with the JDK's DOM parser. */
public final class ModelXml {

    public static final String RESOURCE = "alfresco/module/iocr-platform/model/iocr-model.xml";
    static final String DICTIONARY_NS = "http://www.alfresco.org/model/dictionary/1.0";

    /** A property as declared: its data type (d:text ...), whether multi-valued, its aspect and its index element. */
    public record Property(String name, String aspect, String type, boolean multiple, Element element) {
    }

    private final Document document;
    private final Map<String, Property> properties = new LinkedHashMap<>();
    private final Map<String, List<String>> aspects = new LinkedHashMap<>();

    private ModelXml(Document document) {
        this.document = document;
        NodeList aspectNodes = document.getElementsByTagNameNS(DICTIONARY_NS, "aspect");
        for (int i = 0; i < aspectNodes.getLength(); i++) {
            Element aspect = (Element) aspectNodes.item(i);
            if (!aspect.hasAttribute("name")) {
                continue; // a mandatory-aspects reference, not a definition
            }
            String aspectName = aspect.getAttribute("name");
            NodeList propertyNodes = aspect.getElementsByTagNameNS(DICTIONARY_NS, "property");
            java.util.ArrayList<String> names = new java.util.ArrayList<>();
            for (int j = 0; j < propertyNodes.getLength(); j++) {
                Element property = (Element) propertyNodes.item(j);
                String name = property.getAttribute("name");
                properties.put(name, new Property(name, aspectName, child(property, "type"),
                        Boolean.parseBoolean(child(property, "multiple")), property));
                names.add(name);
            }
            aspects.put(aspectName, List.copyOf(names));
        }
    }

    public static ModelXml load() throws Exception {
        try (InputStream in = ModelXml.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return new ModelXml(factory.newDocumentBuilder().parse(in));
        }
    }

    public Document document() {
        return document;
    }

    public String modelName() {
        return document.getDocumentElement().getAttribute("name");
    }

    public Map<String, Property> properties() {
        return properties;
    }

    /** Aspect name → its property names, in model order. */
    public Map<String, List<String>> aspects() {
        return aspects;
    }

    static String child(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS(DICTIONARY_NS, localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    /** The {@code <tokenised>} setting of a property, or "true" (Alfresco's default) when not declared. */
    public static String tokenised(Property property) {
        String value = child(property.element(), "tokenised");
        return value == null ? "true" : value;
    }

    public static boolean indexed(Property property) {
        NodeList index = property.element().getElementsByTagNameNS(DICTIONARY_NS, "index");
        return index.getLength() == 0 || Boolean.parseBoolean(((Element) index.item(0)).getAttribute("enabled"));
    }

    public static boolean facetable(Property property) {
        return Boolean.parseBoolean(child(property.element(), "facetable"));
    }
}
