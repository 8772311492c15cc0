package org.alfresco.repo.policy;

/** Compile stand-in. */
public interface Behaviour {

    enum NotificationFrequency {
        EVERY_EVENT, FIRST_EVENT, TRANSACTION_COMMIT
    }

    <T> T getInterface(Class<T> policy);

    void disable();

    void enable();

    boolean isEnabled();

    NotificationFrequency getNotificationFrequency();
}
