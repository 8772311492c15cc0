package org.alfresco.repo.action;

import java.util.List;

import org.alfresco.service.cmr.action.ParameterDefinition;

/** Compile stand-in: only the members iocr-platform uses. */
public abstract class ParameterizedItemAbstractBase extends CommonResourceAbstractBase {

    protected boolean adhocPropertiesAllowed = false;

    protected abstract void addParameterDefinitions(List<ParameterDefinition> paramList);

    protected String getParamDisplayLabel(String paramName) {
        return null;
    }

    public void setAdhocPropertiesAllowed(boolean allowed) {
        this.adhocPropertiesAllowed = allowed;
    }
}
