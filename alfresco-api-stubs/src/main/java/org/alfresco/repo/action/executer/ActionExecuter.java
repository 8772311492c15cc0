package org.alfresco.repo.action.executer;

import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.repository.NodeRef;

/** Compile stand-in: only the members iocr-platform uses. */
public interface ActionExecuter {

    String PARAM_RESULT = "result";

    String getQueueName();

    boolean getIgnoreLock();

    boolean getTrackStatus();

    void execute(Action action, NodeRef actionedUponNodeRef);

    default boolean isExecuteAsynchronously(NodeRef actionedUponNodeRef) {
        return false;
    }
}
