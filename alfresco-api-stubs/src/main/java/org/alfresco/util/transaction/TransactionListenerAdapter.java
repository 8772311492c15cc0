package org.alfresco.util.transaction;

/** Compile stand-in: empty implementations, as in the platform. */
public abstract class TransactionListenerAdapter implements TransactionListener {

    @Override
    public void beforeCommit(boolean readOnly) {
    }

    @Override
    public void beforeCompletion() {
    }

    @Override
    public void afterCommit() {
    }

    @Override
    public void afterRollback() {
    }
}
