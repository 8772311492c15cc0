package org.alfresco.repo.action;

import java.io.Serializable;

import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.namespace.QName;

/** Compile stand-in with value semantics. */
public class ParameterDefinitionImpl implements ParameterDefinition, Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final QName type;
    private final boolean isMandatory;
    private final String displayLabel;
    private final boolean isMultiValued;
    private final String parameterConstraintName;

    public ParameterDefinitionImpl(String name, QName type, boolean isMandatory, String displayLabel) {
        this(name, type, isMandatory, displayLabel, false, null);
    }

    public ParameterDefinitionImpl(String name, QName type, boolean isMandatory, String displayLabel,
            boolean isMultiValued) {
        this(name, type, isMandatory, displayLabel, isMultiValued, null);
    }

    public ParameterDefinitionImpl(String name, QName type, boolean isMandatory, String displayLabel,
            boolean isMultiValued, String parameterConstraintName) {
        this.name = name;
        this.type = type;
        this.isMandatory = isMandatory;
        this.displayLabel = displayLabel;
        this.isMultiValued = isMultiValued;
        this.parameterConstraintName = parameterConstraintName;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public QName getType() {
        return type;
    }

    @Override
    public boolean isMandatory() {
        return isMandatory;
    }

    @Override
    public boolean isMultiValued() {
        return isMultiValued;
    }

    @Override
    public String getDisplayLabel() {
        return displayLabel;
    }

    @Override
    public String getParameterConstraintName() {
        return parameterConstraintName;
    }
}
