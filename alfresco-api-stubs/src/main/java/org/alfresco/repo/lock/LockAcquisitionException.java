package org.alfresco.repo.lock;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.service.namespace.QName;

/** Compile stand-in. */
public class LockAcquisitionException extends AlfrescoRuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String ERR_EXCLUSIVE_LOCK_EXISTS = "system.locks.err.excl_lock_exists";

    public LockAcquisitionException(QName lockQName, String lockToken) {
        super(ERR_EXCLUSIVE_LOCK_EXISTS + " " + lockQName + " " + lockToken);
    }

    public LockAcquisitionException(String msgId, Object... args) {
        super(msgId, args);
    }
}
