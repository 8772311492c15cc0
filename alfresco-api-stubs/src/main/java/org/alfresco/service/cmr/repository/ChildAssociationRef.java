package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.Objects;

import org.alfresco.service.namespace.QName;

/** Compile stand-in with value semantics. */
public class ChildAssociationRef implements EntityRef, Comparable<ChildAssociationRef>, Serializable {

    private static final long serialVersionUID = 1L;

    private final QName assocTypeQName;
    private final NodeRef parentRef;
    private final QName childQName;
    private final NodeRef childRef;
    private final boolean isPrimary;
    private final int nthSibling;

    public ChildAssociationRef(QName assocTypeQName, NodeRef parentRef, QName childQName, NodeRef childRef,
            boolean isPrimary, int nthSibling) {
        this.assocTypeQName = assocTypeQName;
        this.parentRef = parentRef;
        this.childQName = childQName;
        this.childRef = childRef;
        this.isPrimary = isPrimary;
        this.nthSibling = nthSibling;
    }

    public ChildAssociationRef(QName assocTypeQName, NodeRef parentRef, QName childQName, NodeRef childRef) {
        this(assocTypeQName, parentRef, childQName, childRef, false, -1);
    }

    public QName getTypeQName() {
        return assocTypeQName;
    }

    public QName getQName() {
        return childQName;
    }

    public NodeRef getChildRef() {
        return childRef;
    }

    public NodeRef getParentRef() {
        return parentRef;
    }

    public boolean isPrimary() {
        return isPrimary;
    }

    public int getNthSibling() {
        return nthSibling;
    }

    @Override
    public int compareTo(ChildAssociationRef other) {
        return Integer.compare(nthSibling, other.nthSibling);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ChildAssociationRef o && Objects.equals(assocTypeQName, o.assocTypeQName)
                && Objects.equals(parentRef, o.parentRef) && Objects.equals(childQName, o.childQName)
                && Objects.equals(childRef, o.childRef);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assocTypeQName, parentRef, childQName, childRef);
    }
}
