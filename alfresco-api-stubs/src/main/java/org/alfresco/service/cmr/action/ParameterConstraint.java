package org.alfresco.service.cmr.action;

import java.util.Map;

/** Compile stand-in. */
public interface ParameterConstraint {

    String getName();

    boolean isValidValue(String value);

    String getValueDisplayLabel(String value);

    Map<String, String> getAllowableValues();
}
