package io.iocr.alfresco.harness;

import java.util.UUID;

import org.alfresco.repo.lock.JobLockService;
import org.alfresco.repo.lock.LockAcquisitionException;
import org.alfresco.service.namespace.QName;

/**
 * Job locks as the repository keeps them, in the shared state (the database): a lock is held by a token until it
 * expires; another holder gets it only after that. A crashed repository's lock therefore blocks the others until
 * its time to live runs out, as in a cluster.
 */
public final class HarnessJobLockService {

    private final RepositoryState state;

    public HarnessJobLockService(RepositoryState state) {
        this.state = state;
    }

    public JobLockService jobLockService() {
        return ServiceProxy.of(JobLockService.class, this);
    }

    public String getLock(QName lockQName, long timeToLive) {
        synchronized (state.locks) {
            long now = System.currentTimeMillis();
            RepositoryState.LockRow existing = state.locks.get(lockQName);
            if (existing != null && existing.expiresAt() > now) {
                throw new LockAcquisitionException(lockQName, existing.token());
            }
            String token = UUID.randomUUID().toString();
            state.locks.put(lockQName, new RepositoryState.LockRow(token, now + timeToLive));
            return token;
        }
    }

    public void refreshLock(String lockToken, QName lockQName, long timeToLive) {
        synchronized (state.locks) {
            long now = System.currentTimeMillis();
            RepositoryState.LockRow existing = state.locks.get(lockQName);
            if (existing == null || !existing.token().equals(lockToken) || existing.expiresAt() <= now) {
                throw new LockAcquisitionException(lockQName, lockToken);
            }
            state.locks.put(lockQName, new RepositoryState.LockRow(lockToken, now + timeToLive));
        }
    }

    public void releaseLock(String lockToken, QName lockQName) {
        synchronized (state.locks) {
            RepositoryState.LockRow existing = state.locks.get(lockQName);
            if (existing != null && existing.token().equals(lockToken)) {
                state.locks.remove(lockQName);
            }
        }
    }

    /** Whether anybody holds {@code lockQName} now. */
    public boolean isHeld(QName lockQName) {
        RepositoryState.LockRow existing = state.locks.get(lockQName);
        return existing != null && existing.expiresAt() > System.currentTimeMillis();
    }
}
