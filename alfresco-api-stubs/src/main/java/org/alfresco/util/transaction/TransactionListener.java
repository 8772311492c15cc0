package org.alfresco.util.transaction;

/** Compile stand-in. */
public interface TransactionListener {

    void beforeCommit(boolean readOnly);

    void beforeCompletion();

    void afterCommit();

    void afterRollback();

    default Integer getCustomOrder() {
        return null;
    }
}
