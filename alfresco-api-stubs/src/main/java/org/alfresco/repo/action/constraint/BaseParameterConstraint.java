package org.alfresco.repo.action.constraint;

import java.util.Map;

import org.alfresco.service.cmr.action.ParameterConstraint;

/** Compile stand-in (the real class is Spring BeanNameAware: name = bean id, labels from I18N). */
public abstract class BaseParameterConstraint implements ParameterConstraint {

    protected String name;

    public void init() {
        throw new UnsupportedOperationException("compile stand-in");
    }

    public void setBeanName(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Map<String, String> getAllowableValues() {
        return getAllowableValuesImpl();
    }

    protected abstract Map<String, String> getAllowableValuesImpl();

    protected String getI18NLabel(String key) {
        return key;
    }

    @Override
    public String getValueDisplayLabel(String value) {
        return getAllowableValues().get(value);
    }

    @Override
    public boolean isValidValue(String value) {
        return getAllowableValues().containsKey(value);
    }
}
