package org.alfresco.repo.policy;

/** Compile stand-in: keeps the notification frequency; enabling is the platform's business. */
public abstract class BaseBehaviour implements Behaviour {

    protected NotificationFrequency frequency = NotificationFrequency.EVERY_EVENT;

    public BaseBehaviour() {
    }

    public BaseBehaviour(NotificationFrequency frequency) {
        this.frequency = frequency;
    }

    public void setNotificationFrequency(NotificationFrequency frequency) {
        this.frequency = frequency;
    }

    @Override
    public void disable() {
        throw new UnsupportedOperationException("compile stand-in");
    }

    @Override
    public void enable() {
        throw new UnsupportedOperationException("compile stand-in");
    }

    @Override
    public boolean isEnabled() {
        return true;
    }

    @Override
    public NotificationFrequency getNotificationFrequency() {
        return frequency;
    }
}
