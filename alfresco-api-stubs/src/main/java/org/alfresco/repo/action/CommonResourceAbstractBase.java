package org.alfresco.repo.action;

/** Compile stand-in (the real class is Spring BeanNameAware: name = bean id). */
public abstract class CommonResourceAbstractBase {

    protected String name;

    public void setBeanName(String name) {
        this.name = name;
    }
}
