package org.alfresco.repo.node;

import java.io.Serializable;
import java.util.Map;

import org.alfresco.repo.policy.ClassPolicy;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/** Compile stand-in: the node policies iocr-platform binds. */
public interface NodeServicePolicies {

    interface OnCreateNodePolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onCreateNode");

        void onCreateNode(ChildAssociationRef childAssocRef);
    }

    interface OnUpdatePropertiesPolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onUpdateProperties");

        void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before, Map<QName, Serializable> after);
    }
}
