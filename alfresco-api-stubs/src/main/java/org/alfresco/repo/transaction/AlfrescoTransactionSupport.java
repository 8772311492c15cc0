package org.alfresco.repo.transaction;

import org.alfresco.util.transaction.TransactionListener;

/** Compile stand-in: transaction synchronisation lives in the platform. */
public abstract class AlfrescoTransactionSupport {

    public static void bindListener(TransactionListener listener) {
        throw new UnsupportedOperationException("compile stand-in");
    }
}
