package org.alfresco.service.cmr.repository;

/** Compile stand-in. */
public class InvalidNodeRefException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final NodeRef nodeRef;

    public InvalidNodeRefException(NodeRef nodeRef) {
        super("Node does not exist: " + nodeRef);
        this.nodeRef = nodeRef;
    }

    public InvalidNodeRefException(String msg, NodeRef nodeRef) {
        super(msg);
        this.nodeRef = nodeRef;
    }

    public NodeRef getNodeRef() {
        return nodeRef;
    }
}
