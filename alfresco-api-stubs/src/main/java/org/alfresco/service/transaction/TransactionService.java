package org.alfresco.service.transaction;

import org.alfresco.repo.transaction.RetryingTransactionHelper;

/** Compile stand-in: only the members iocr-platform uses. */
public interface TransactionService {

    RetryingTransactionHelper getRetryingTransactionHelper();
}
