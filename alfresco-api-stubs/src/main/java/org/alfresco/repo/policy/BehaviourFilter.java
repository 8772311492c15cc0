package org.alfresco.repo.policy;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/** Compile stand-in: only the members iocr-platform uses. */
public interface BehaviourFilter {

    void disableBehaviour(NodeRef nodeRef, QName className);

    void enableBehaviour(NodeRef nodeRef, QName className);

    boolean isEnabled(NodeRef nodeRef, QName className);
}
