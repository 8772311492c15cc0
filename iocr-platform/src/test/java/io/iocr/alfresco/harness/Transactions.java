package io.iocr.alfresco.harness;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.transaction.TransactionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions as the repository gives them: one writer at a time (the state's lock), changes undone on rollback,
 * commit-time behaviours run before commit (still inside, so they can still fail it), after-commit work run after
 * the commit with no transaction, and nothing of it on rollback. Nested calls join the current transaction unless
 * a new one is required. Read-only transactions refuse writes.
 */
public final class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    /** One transaction on one thread. */
    public static final class Txn {
        final boolean readOnly;
        final Deque<Runnable> undo = new ArrayDeque<>();
        final Map<Object, Runnable> commitBehaviours = new LinkedHashMap<>();
        final Set<Object> firstEvents = new HashSet<>();
        final Set<List<Object>> disabledBehaviours = new HashSet<>();
        final List<Runnable> afterCommit = new ArrayList<>();

        Txn(boolean readOnly) {
            this.readOnly = readOnly;
        }
    }

    private final RepositoryState state;
    private final ThreadLocal<Deque<Txn>> stack = ThreadLocal.withInitial(ArrayDeque::new);

    public Transactions(RepositoryState state) {
        this.state = state;
    }

    public Txn current() {
        return stack.get().peek();
    }

    public boolean isActive() {
        return current() != null;
    }

    public interface Work<R> {
        R run() throws Throwable;
    }

    public <R> R run(Work<R> work, boolean readOnly, boolean requiresNew) {
        if (current() != null && !requiresNew) {
            return call(work);
        }
        state.lock.lock();
        Txn txn = new Txn(readOnly);
        stack.get().push(txn);
        boolean committed = false;
        R result;
        try {
            result = call(work);
            drainCommitBehaviours(txn);
            committed = true;
        } catch (RuntimeException | Error e) {
            rollback(txn);
            throw e;
        } finally {
            stack.get().pop();
            state.lock.unlock();
        }
        for (Runnable task : txn.afterCommit) {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("After-commit work failed", e);
            }
        }
        return committed ? result : null;
    }

    /** Runs {@code work} in the current transaction, or in a new one as the public services' interceptors do. */
    public <R> R required(Work<R> work) {
        return run(work, false, false);
    }

    /** Records a change and how to undo it; refuses writes in read-only transactions. */
    public void changed(Runnable undo) {
        Txn txn = current();
        if (txn == null) {
            throw new IllegalStateException("A write needs a transaction");
        }
        if (txn.readOnly) {
            throw new IllegalStateException("Write in a read-only transaction");
        }
        txn.undo.push(undo);
    }

    public void afterCommit(Runnable task) {
        Txn txn = current();
        if (txn == null) {
            throw new IllegalStateException("Transaction must be active and synchronization is required");
        }
        txn.afterCommit.add(task);
    }

    private void drainCommitBehaviours(Txn txn) {
        while (!txn.commitBehaviours.isEmpty()) {
            List<Runnable> queued = new ArrayList<>(txn.commitBehaviours.values());
            txn.commitBehaviours.clear();
            for (Runnable behaviour : queued) {
                behaviour.run();
            }
        }
    }

    private static void rollback(Txn txn) {
        while (!txn.undo.isEmpty()) {
            txn.undo.pop().run();
        }
        txn.afterCommit.clear();
    }

    private static <R> R call(Work<R> work) {
        try {
            return work.run();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new RuntimeException(t);
        }
    }

    /** The platform's helper type, running callbacks in these transactions. */
    public RetryingTransactionHelper helper() {
        return new RetryingTransactionHelper() {
            @Override
            public <R> R doInTransaction(RetryingTransactionCallback<R> cb, boolean readOnly, boolean requiresNew) {
                return run(cb::execute, readOnly, requiresNew);
            }
        };
    }

    public TransactionService transactionService() {
        return ServiceProxy.of(TransactionService.class, new Object() {
            @SuppressWarnings("unused")
            public RetryingTransactionHelper getRetryingTransactionHelper() {
                return helper();
            }
        });
    }
}
