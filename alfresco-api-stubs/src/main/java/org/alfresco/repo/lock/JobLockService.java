package org.alfresco.repo.lock;

import org.alfresco.service.namespace.QName;

/** Compile stand-in: only the members iocr-platform uses. */
public interface JobLockService {

    String getLock(QName lockQName, long timeToLive);

    void refreshLock(String lockToken, QName lockQName, long timeToLive);

    void releaseLock(String lockToken, QName lockQName);
}
