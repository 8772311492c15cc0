package org.alfresco.repo.policy;

import org.alfresco.service.namespace.NamespaceService;

/** Compile stand-in. */
public interface Policy {

    String NAMESPACE = NamespaceService.ALFRESCO_URI;
}
