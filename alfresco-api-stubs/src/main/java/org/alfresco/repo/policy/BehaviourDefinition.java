package org.alfresco.repo.policy;

import org.alfresco.service.namespace.QName;

/** Compile stand-in: only the members iocr-platform uses. */
public interface BehaviourDefinition<B extends BehaviourBinding> {

    QName getPolicy();

    B getBinding();

    Behaviour getBehaviour();
}
