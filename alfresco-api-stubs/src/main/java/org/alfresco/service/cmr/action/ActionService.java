package org.alfresco.service.cmr.action;

import java.io.Serializable;
import java.util.Map;

import org.alfresco.service.cmr.repository.NodeRef;

/** Compile stand-in: only the members iocr-platform uses. */
public interface ActionService {

    Action createAction(String name);

    Action createAction(String name, Map<String, Serializable> params);

    void executeAction(Action action, NodeRef actionedUponNodeRef, boolean checkConditions,
            boolean executeAsynchronously);
}
