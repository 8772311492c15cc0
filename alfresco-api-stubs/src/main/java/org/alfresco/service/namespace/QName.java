package org.alfresco.service.namespace;

import java.io.Serializable;
import java.util.Collection;

/**
 * Compile stand-in with the value semantics the tests rely on: {uri}local, equality by URI and local name,
 * prefix resolution through a {@link NamespacePrefixResolver}.
 */
public final class QName implements QNamePattern, Serializable, Cloneable, Comparable<QName> {

    private static final long serialVersionUID = 1L;

    public static final char NAMESPACE_PREFIX = ':';
    public static final char NAMESPACE_BEGIN = '{';
    public static final char NAMESPACE_END = '}';
    public static final int MAX_LENGTH = 255;

    private final String namespaceURI;
    private final String localName;
    private final String prefix;

    private QName(String namespaceURI, String localName, String prefix) {
        this.namespaceURI = namespaceURI == null ? NamespaceService.DEFAULT_URI : namespaceURI;
        this.localName = localName;
        this.prefix = prefix;
    }

    public static QName createQName(String namespaceURI, String localName) {
        if (localName == null || localName.isEmpty()) {
            throw new IllegalArgumentException("A QName must consist of a local name");
        }
        return new QName(namespaceURI, localName, null);
    }

    public static QName createQName(String prefix, String localName, NamespacePrefixResolver prefixResolver) {
        if (localName == null || localName.isEmpty()) {
            throw new IllegalArgumentException("A QName must consist of a local name");
        }
        String uri = prefixResolver.getNamespaceURI(prefix);
        if (uri == null) {
            throw new NamespaceException("Namespace prefix " + prefix + " is not mapped to a namespace URI");
        }
        return new QName(uri, localName, prefix);
    }

    public static QName createQName(String qname, NamespacePrefixResolver prefixResolver) {
        if (qname == null) {
            return null;
        }
        int colonIndex = qname.indexOf(NAMESPACE_PREFIX);
        String prefix = colonIndex == -1 ? NamespaceService.DEFAULT_PREFIX : qname.substring(0, colonIndex);
        String localName = colonIndex == -1 ? qname : qname.substring(colonIndex + 1);
        return createQName(prefix, localName, prefixResolver);
    }

    public static QName createQName(String qname) {
        if (qname == null || qname.isEmpty()) {
            throw new IllegalArgumentException("Argument qname is mandatory");
        }
        if (qname.charAt(0) == NAMESPACE_BEGIN) {
            int end = qname.indexOf(NAMESPACE_END, 1);
            if (end == -1) {
                throw new IllegalArgumentException("QName '" + qname + "' is missing the closing namespace }");
            }
            return new QName(qname.substring(1, end), qname.substring(end + 1), null);
        }
        return new QName(null, qname, null);
    }

    public String getNamespaceURI() {
        return namespaceURI;
    }

    public String getLocalName() {
        return localName;
    }

    public String toPrefixString() {
        return prefix == null ? localName : prefix + NAMESPACE_PREFIX + localName;
    }

    public String toPrefixString(NamespacePrefixResolver prefixResolver) {
        Collection<String> prefixes = prefixResolver.getPrefixes(namespaceURI);
        if (prefixes == null || prefixes.isEmpty()) {
            throw new NamespaceException("Namespace URI " + namespaceURI + " cannot be mapped to a prefix");
        }
        String resolved = prefixes.iterator().next();
        return resolved.isEmpty() ? localName : resolved + NAMESPACE_PREFIX + localName;
    }

    @Override
    public boolean isMatch(QName qname) {
        return equals(qname);
    }

    @Override
    public int compareTo(QName other) {
        int result = namespaceURI.compareTo(other.namespaceURI);
        return result != 0 ? result : localName.compareTo(other.localName);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof QName other && namespaceURI.equals(other.namespaceURI)
                && localName.equals(other.localName);
    }

    @Override
    public int hashCode() {
        return localName.hashCode();
    }

    @Override
    public String toString() {
        return NAMESPACE_BEGIN + namespaceURI + NAMESPACE_END + localName;
    }
}
