package org.alfresco.service.cmr.action;

import java.io.Serializable;
import java.util.Map;

/** Compile stand-in. */
public interface ParameterizedItem {

    String getId();

    Map<String, Serializable> getParameterValues();

    Serializable getParameterValue(String name);

    void setParameterValues(Map<String, Serializable> parameterValues);

    void setParameterValue(String name, Serializable value);
}
