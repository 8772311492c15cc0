package org.alfresco.repo.content;

import org.alfresco.repo.policy.ClassPolicy;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/** Compile stand-in: the content policies iocr-platform binds. */
public interface ContentServicePolicies {

    interface OnContentUpdatePolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onContentUpdate");

        void onContentUpdate(NodeRef nodeRef, boolean newContent);
    }

    interface OnContentPropertyUpdatePolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onContentPropertyUpdate");

        void onContentPropertyUpdate(NodeRef nodeRef, QName propertyQName, ContentData beforeValue,
                ContentData afterValue);
    }
}
