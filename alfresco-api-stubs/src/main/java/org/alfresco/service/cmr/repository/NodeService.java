package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.service.namespace.QName;

/** Compile stand-in: only the members iocr-platform and its test harness use, with the real signatures. */
public interface NodeService {

    boolean exists(NodeRef nodeRef);

    NodeRef getRootNode(StoreRef storeRef);

    ChildAssociationRef createNode(NodeRef parentRef, QName assocTypeQName, QName assocQName, QName nodeTypeQName,
            Map<QName, Serializable> properties);

    void deleteNode(NodeRef nodeRef);

    QName getType(NodeRef nodeRef);

    void addAspect(NodeRef nodeRef, QName aspectTypeQName, Map<QName, Serializable> aspectProperties);

    void removeAspect(NodeRef nodeRef, QName aspectTypeQName);

    boolean hasAspect(NodeRef nodeRef, QName aspectTypeQName);

    Set<QName> getAspects(NodeRef nodeRef);

    Map<QName, Serializable> getProperties(NodeRef nodeRef);

    Serializable getProperty(NodeRef nodeRef, QName qname);

    void addProperties(NodeRef nodeRef, Map<QName, Serializable> properties);

    void setProperty(NodeRef nodeRef, QName qname, Serializable value);

    void removeProperty(NodeRef nodeRef, QName qname);

    ChildAssociationRef getPrimaryParent(NodeRef nodeRef);

    List<ChildAssociationRef> getChildAssocs(NodeRef nodeRef);
}
