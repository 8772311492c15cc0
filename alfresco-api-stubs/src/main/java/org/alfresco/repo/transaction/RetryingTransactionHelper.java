package org.alfresco.repo.transaction;

/**
 * Compile stand-in. The platform's helper retries the callback on concurrency failures; this one only keeps
 * the overload structure (the two short forms delegate to the full one, as in the platform).
 */
public class RetryingTransactionHelper {

    public interface RetryingTransactionCallback<Result> {
        Result execute() throws Throwable;
    }

    public RetryingTransactionHelper() {
    }

    public void setMaxRetries(int maxRetries) {
    }

    public <R> R doInTransaction(RetryingTransactionCallback<R> cb) {
        return doInTransaction(cb, false, false);
    }

    public <R> R doInTransaction(RetryingTransactionCallback<R> cb, boolean readOnly) {
        return doInTransaction(cb, readOnly, false);
    }

    public <R> R doInTransaction(RetryingTransactionCallback<R> cb, boolean readOnly, boolean requiresNew) {
        throw new UnsupportedOperationException("compile stand-in");
    }
}
