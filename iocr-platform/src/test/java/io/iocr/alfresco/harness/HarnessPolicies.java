package io.iocr.alfresco.harness;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.alfresco.repo.policy.Behaviour;
import org.alfresco.repo.policy.BehaviourDefinition;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.policy.ClassBehaviourBinding;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/**
 * The policy component and behaviour filter. Class behaviours bound to a type or aspect fire for nodes of that
 * class or a subclass, with the platform's notification frequencies: EVERY_EVENT at once, FIRST_EVENT once per
 * transaction and key, TRANSACTION_COMMIT queued and run before commit with the latest arguments per key. A
 * behaviour does not re-enter itself (as JavaBehaviour disables itself while it runs), and behaviours bound to a
 * class disabled for a node by the filter do not fire for that node.
 */
public final class HarnessPolicies {

    private record Binding(QName policy, QName className, JavaBehaviour behaviour, Object instance, String method) {
    }

    private final Transactions transactions;
    private final ModelDictionary dictionary;
    private final Map<QName, List<Binding>> bindings = new ConcurrentHashMap<>();
    private final ThreadLocal<Set<Binding>> running = ThreadLocal.withInitial(HashSet::new);
    private final Map<String, List<Long>> timings = new ConcurrentHashMap<>();

    public HarnessPolicies(Transactions transactions, ModelDictionary dictionary) {
        this.transactions = transactions;
        this.dictionary = dictionary;
    }

    public PolicyComponent policyComponent() {
        return ServiceProxy.of(PolicyComponent.class, new PolicyComponentImpl());
    }

    public BehaviourFilter behaviourFilter() {
        return ServiceProxy.of(BehaviourFilter.class, new BehaviourFilterImpl());
    }

    /** How long each invocation of behaviour methods named {@code method} took, in nanoseconds. */
    public List<Long> timingsNanos(String method) {
        return new ArrayList<>(timings.getOrDefault(method, List.of()));
    }

    public void clearTimings() {
        timings.clear();
    }
    /** Fires {@code policy} for {@code node} (of the given classes); the first argument is the key. */
    void fire(QName policy, NodeRef node, Set<QName> nodeClasses, Object... args) {
        for (Binding binding : bindings.getOrDefault(policy, List.of())) {
            if (!appliesTo(binding.className(), nodeClasses) || isDisabled(node, binding.className())) {
                continue;
            }
            Behaviour.NotificationFrequency frequency = binding.behaviour().getNotificationFrequency();
            Transactions.Txn txn = transactions.current();
            List<Object> key = key(binding, args);
            if (frequency == Behaviour.NotificationFrequency.TRANSACTION_COMMIT && txn != null) {
                txn.commitBehaviours.put(key, () -> invoke(binding, args));
            } else if (frequency == Behaviour.NotificationFrequency.FIRST_EVENT && txn != null) {
                if (txn.firstEvents.add(key)) {
                    invoke(binding, args);
                }
            } else {
                invoke(binding, args);
            }
        }
    }

    private static List<Object> key(Binding binding, Object[] args) {
        List<Object> key = new ArrayList<>();
        key.add(binding);
        key.add(args[0]);
        if (args.length > 1 && args[1] instanceof QName property) {
            key.add(property); // onContentPropertyUpdate: per node and property
        }
        return key;
    }

    private boolean appliesTo(QName boundClass, Set<QName> nodeClasses) {
        for (QName nodeClass : nodeClasses) {
            if (dictionary.isSubClass(nodeClass, boundClass)) {
                return true;
            }
        }
        return false;
    }

    private boolean isDisabled(NodeRef node, QName className) {
        Transactions.Txn txn = transactions.current();
        return txn != null && txn.disabledBehaviours.contains(List.of(node, className));
    }

    private void invoke(Binding binding, Object[] args) {
        if (!running.get().add(binding)) {
            return;
        }
        long started = System.nanoTime();
        try {
            Method target = findMethod(binding.instance().getClass(), binding.method(), args.length);
            target.invoke(binding.instance(), args);
            timings.computeIfAbsent(binding.method(), m -> new CopyOnWriteArrayList<>())
                    .add(System.nanoTime() - started);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getTargetException();
            throw cause instanceof RuntimeException runtime ? runtime : new RuntimeException(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            running.get().remove(binding);
        }
    }

    private static Method findMethod(Class<?> type, String name, int arity) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == arity) {
                return method;
            }
        }
        throw new IllegalStateException("Behaviour method " + name + " not found on " + type);
    }

    /** JavaBehaviour keeps its target in package-private fields {@code instance} and {@code method}. */
    private static Object field(JavaBehaviour behaviour, String name) {
        try {
            Field field = JavaBehaviour.class.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(behaviour);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read JavaBehaviour." + name, e);
        }
    }

    public final class PolicyComponentImpl {

        public BehaviourDefinition<ClassBehaviourBinding> bindClassBehaviour(QName policy, QName className,
                Behaviour behaviour) {
            if (!(behaviour instanceof JavaBehaviour java)) {
                throw new IllegalArgumentException("The harness binds JavaBehaviours only");
            }
            if (dictionary.classDef(className) == null) {
                throw new IllegalArgumentException("Cannot bind to unknown class " + className);
            }
            bindings.computeIfAbsent(policy, p -> new CopyOnWriteArrayList<>())
                    .add(new Binding(policy, className, java, field(java, "instance"), (String) field(java, "method")));
            return null;
        }
    }

    public final class BehaviourFilterImpl {

        public void disableBehaviour(NodeRef nodeRef, QName className) {
            Transactions.Txn txn = transactions.current();
            if (txn != null) {
                txn.disabledBehaviours.add(List.of(nodeRef, className));
            }
        }

        public void enableBehaviour(NodeRef nodeRef, QName className) {
            Transactions.Txn txn = transactions.current();
            if (txn != null) {
                txn.disabledBehaviours.remove(List.of(nodeRef, className));
            }
        }

        public boolean isEnabled(NodeRef nodeRef, QName className) {
            return !isDisabled(nodeRef, className);
        }
    }

    boolean isEnabled(NodeRef nodeRef, QName className) {
        return !isDisabled(nodeRef, className);
    }
}
