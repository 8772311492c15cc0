package org.alfresco.repo.action.executer;

import org.alfresco.repo.action.ParameterizedItemAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.repository.NodeRef;

/** Compile stand-in: the platform's execute() checks the transaction and mandatory parameters first. */
public abstract class ActionExecuterAbstractBase extends ParameterizedItemAbstractBase implements ActionExecuter {

    protected boolean publicAction = true;

    public void init() {
        throw new UnsupportedOperationException("compile stand-in");
    }

    public void setPublicAction(boolean publicAction) {
        this.publicAction = publicAction;
    }

    public void setQueueName(String queueName) {
        throw new UnsupportedOperationException("compile stand-in");
    }

    @Override
    public String getQueueName() {
        return "";
    }

    @Override
    public boolean getIgnoreLock() {
        return true;
    }

    @Override
    public boolean getTrackStatus() {
        return false;
    }

    @Override
    public void execute(Action action, NodeRef actionedUponNodeRef) {
        throw new UnsupportedOperationException("compile stand-in");
    }

    protected abstract void executeImpl(Action action, NodeRef actionedUponNodeRef);
}
