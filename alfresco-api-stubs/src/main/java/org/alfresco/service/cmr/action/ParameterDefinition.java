package org.alfresco.service.cmr.action;

import org.alfresco.service.namespace.QName;

/** Compile stand-in. */
public interface ParameterDefinition {

    String getName();

    QName getType();

    boolean isMultiValued();

    boolean isMandatory();

    String getDisplayLabel();

    String getParameterConstraintName();
}
