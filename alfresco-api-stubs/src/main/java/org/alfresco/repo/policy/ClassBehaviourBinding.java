package org.alfresco.repo.policy;

import org.alfresco.service.namespace.QName;

/** Compile stand-in. */
public class ClassBehaviourBinding implements BehaviourBinding {

    private final QName classQName;

    ClassBehaviourBinding(QName classQName) {
        this.classQName = classQName;
    }

    public QName getClassQName() {
        return classQName;
    }
}
