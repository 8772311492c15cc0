package io.iocr.alfresco.harness;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Presents an in-memory implementation as an Alfresco service interface. The harness does not {@code implements
 * NodeService} (and the like) directly: the stand-ins declare only what iocr-platform uses, the real interfaces
 * (with {@code -Palfresco-sdk}) declare a hundred methods more. A {@link Proxy} dispatches each call to the public
 * method of the implementation with the same name and parameter types, so the harness compiles and runs against
 * either; a call the harness does not implement fails loudly, naming the method.
 */
public final class ServiceProxy {

    private ServiceProxy() {
    }

    public static <T> T of(Class<T> serviceInterface, Object implementation) {
        Map<Method, Method> targets = new ConcurrentHashMap<>();
        Object proxy = Proxy.newProxyInstance(serviceInterface.getClassLoader(), new Class<?>[] {serviceInterface},
                (self, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> self == args[0];
                            case "hashCode" -> System.identityHashCode(self);
                            default -> serviceInterface.getSimpleName() + "[" + implementation + "]";
                        };
                    }
                    Method target = targets.computeIfAbsent(method, m -> find(implementation.getClass(), m));
                    if (target == null) {
                        if (method.isDefault()) {
                            return java.lang.reflect.InvocationHandler.invokeDefault(self, method, args);
                        }
                        throw new UnsupportedOperationException("The test harness does not implement "
                                + serviceInterface.getSimpleName() + "." + method.getName()
                                + Arrays.toString(method.getParameterTypes()));
                    }
                    try {
                        return target.invoke(implementation, args);
                    } catch (InvocationTargetException e) {
                        throw e.getTargetException();
                    }
                });
        return serviceInterface.cast(proxy);
    }

    private static Method find(Class<?> type, Method method) {
        try {
            Method target = type.getMethod(method.getName(), method.getParameterTypes());
            target.setAccessible(true);
            return target;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
