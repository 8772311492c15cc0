package org.alfresco.service.cmr.action;

import org.alfresco.service.cmr.repository.NodeRef;

/** Compile stand-in: only the members iocr-platform uses. */
public interface Action extends ParameterizedItem {

    NodeRef getNodeRef();

    String getActionDefinitionName();

    boolean getExecuteAsychronously();

    void setExecuteAsynchronously(boolean executeAsynchronously);
}
