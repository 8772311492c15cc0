package io.iocr.alfresco.harness;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The action service with the platform's asynchronous execution: an asynchronous action needs an active
 * transaction, is queued only when that transaction commits (dropped on rollback), and runs on a real thread
 * pool with an unbounded in-memory queue, in a new transaction, as the user who queued it. The queue dies with
 * the repository (see {@link HarnessRepository#restart}). Failures are logged, as the platform does.
 */
public final class HarnessActionService {

    private static final Logger LOG = LoggerFactory.getLogger(HarnessActionService.class);

    private final Transactions transactions;
    private final HarnessSecurity security;
    private final Map<String, ActionExecuterAbstractBase> executers = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor pool;
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger executed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(0);

    public HarnessActionService(Transactions transactions, HarnessSecurity security, int threads) {
        this.transactions = transactions;
        this.security = security;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "harness-async-action-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    public ActionService actionService() {
        return ServiceProxy.of(ActionService.class, this);
    }

    /** Registers an executer under its bean id, as the action service finds executers by bean name. */
    public void register(String name, ActionExecuterAbstractBase executer) {
        executer.setBeanName(name);
        executers.put(name, executer);
    }

    public int queuedCount() {
        return queued.get();
    }

    public int failedCount() {
        return failed.get();
    }

    /** Waits until the queue is empty and no action runs. */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            if (pool.getQueue().isEmpty() && pool.getActiveCount() == 0
                    && executed.get() + failed.get() >= queued.get()) {
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }

    /** Queued actions wait (as behind a long queue) until {@link #release}; a crash meanwhile loses them. */
    public void hold() {
        hold = new java.util.concurrent.CountDownLatch(1);
    }

    public void release() {
        hold.countDown();
    }

    void shutdownNow() {
        pool.shutdownNow();
    }

    public Action createAction(String name) {
        return createAction(name, new HashMap<>());
    }

    public Action createAction(String name, Map<String, Serializable> params) {
        if (!executers.containsKey(name)) {
            throw new IllegalArgumentException("No action executer named " + name);
        }
        return ServiceProxy.of(Action.class, new ActionRecord(name, params));
    }

    public void executeAction(Action action, NodeRef node, boolean checkConditions, boolean executeAsynchronously) {
        ActionExecuterAbstractBase executer = executers.get(action.getActionDefinitionName());
        if (executeAsynchronously || executer.isExecuteAsynchronously(node)) {
            String runAs = security.currentUser();
            if (runAs == null) {
                throw new IllegalStateException("An asynchronous action needs an authenticated user");
            }
            transactions.afterCommit(() -> {
                queued.incrementAndGet();
                pool.execute(() -> runQueued(executer, action, node, runAs));
            });
        } else {
            execute(executer, action, node);
        }
    }

    private void runQueued(ActionExecuterAbstractBase executer, Action action, NodeRef node, String runAs) {
        try {
            hold.await();
        } catch (InterruptedException crashed) {
            Thread.currentThread().interrupt();
            return; // the JVM "died" with this action still queued
        }
        try {
            security.runAs(runAs, () -> transactions.run(() -> {
                execute(executer, action, node);
                return null;
            }, false, true));
            executed.incrementAndGet();
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            LOG.error("Failed to execute asynchronous action: {}", action.getActionDefinitionName(), e);
        }
    }

    /** What ActionExecuterAbstractBase.execute does before executeImpl: a transaction and the mandatory params. */
    private void execute(ActionExecuterAbstractBase executer, Action action, NodeRef node) {
        if (!transactions.isActive()) {
            throw new IllegalStateException("An action executes inside a transaction");
        }
        for (ParameterDefinition definition : parameterDefinitions(executer)) {
            if (definition.isMandatory() && action.getParameterValue(definition.getName()) == null) {
                throw new IllegalArgumentException("Mandatory parameter " + definition.getName() + " missing");
            }
        }
        try {
            Method executeImpl = ActionExecuterAbstractBase.class.getDeclaredMethod("executeImpl", Action.class,
                    NodeRef.class);
            executeImpl.setAccessible(true);
            executeImpl.invoke(executer, action, node);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getTargetException();
            throw cause instanceof RuntimeException runtime ? runtime : new RuntimeException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The executer's parameter definitions, as the platform builds them for the action definition. */
    public static List<ParameterDefinition> parameterDefinitions(ActionExecuterAbstractBase executer) {
        try {
            List<ParameterDefinition> definitions = new java.util.ArrayList<>();
            Method add = org.alfresco.repo.action.ParameterizedItemAbstractBase.class
                    .getDeclaredMethod("addParameterDefinitions", List.class);
            add.setAccessible(true);
            add.invoke(executer, definitions);
            return definitions;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An action instance: name and parameter values. */
    public static final class ActionRecord {
        private final String id = UUID.randomUUID().toString();
        private final String name;
        private final Map<String, Serializable> params;
        private boolean async;

        ActionRecord(String name, Map<String, Serializable> params) {
            this.name = name;
            this.params = new HashMap<>(params);
        }

        public String getId() {
            return id;
        }

        public NodeRef getNodeRef() {
            return null;
        }

        public String getActionDefinitionName() {
            return name;
        }

        public Map<String, Serializable> getParameterValues() {
            return new HashMap<>(params);
        }

        public Serializable getParameterValue(String paramName) {
            return params.get(paramName);
        }

        public void setParameterValues(Map<String, Serializable> values) {
            params.clear();
            params.putAll(values);
        }

        public void setParameterValue(String paramName, Serializable value) {
            params.put(paramName, value);
        }

        public boolean getExecuteAsychronously() {
            return async;
        }

        public void setExecuteAsynchronously(boolean executeAsynchronously) {
            this.async = executeAsynchronously;
        }
    }
}
