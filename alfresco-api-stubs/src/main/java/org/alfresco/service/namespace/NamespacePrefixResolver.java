package org.alfresco.service.namespace;

import java.util.Collection;

/** Compile stand-in. */
public interface NamespacePrefixResolver {

    String getNamespaceURI(String prefix) throws NamespaceException;

    Collection<String> getPrefixes(String namespaceURI) throws NamespaceException;

    Collection<String> getPrefixes();

    Collection<String> getURIs();
}
