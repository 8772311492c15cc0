package org.alfresco.repo.policy;

/**
 * Compile stand-in. Like the real class it keeps the target in the package-private fields {@code instance} and
 * {@code method}; it does not build policy proxies (the platform does).
 */
public class JavaBehaviour extends BaseBehaviour {

    Object instance;

    String method;

    public JavaBehaviour(Object instance, String method) {
        this(instance, method, NotificationFrequency.EVERY_EVENT);
    }

    public JavaBehaviour(Object instance, String method, NotificationFrequency frequency) {
        super(frequency);
        this.instance = instance;
        this.method = method;
    }

    @Override
    public <T> T getInterface(Class<T> policy) {
        throw new UnsupportedOperationException("compile stand-in");
    }

    @Override
    public String toString() {
        return "Java method[class=" + instance.getClass().getName() + ", method=" + method + "]";
    }
}
