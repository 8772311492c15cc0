package io.iocr.alfresco;

import java.util.function.Supplier;

/**
 * The static parts of the Alfresco API (security context, transaction synchronisation) behind an injectable
 * seam, so the adapter has no static dependency its tests cannot replace. Production: {@link
 * AlfrescoPlatformSupport}.
 */
public interface PlatformSupport {

    /** Runs {@code work} as the system user. */
    <T> T runAsSystem(Supplier<T> work);

    /** The user the current thread runs as, or null outside any security context. */
    String currentUser();

    /** Whether the current thread runs as the system user. */
    boolean isSystemUser();

    /**
     * Runs {@code task} after the current transaction commits (never on rollback). Requires an active
     * transaction.
     */
    void afterCommit(Runnable task);
}
