package io.iocr.alfresco.demo;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Implements an Alfresco service interface by delegating each call to the same-named public method of a plain
 * object, and records the calls. The interfaces are large in the real ACS SDK and small in the stand-ins: a
 * proxy compiles against both, and a call the fake does not support fails the test loudly.
 */
final class Fakes {

    private Fakes() {
    }

    static <T> T of(Class<T> type, Object implementation, List<String> calls) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            Object[] arguments = args == null ? new Object[0] : args;
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(implementation, arguments);
            }
            calls.add(method.getName() + Arrays.toString(arguments));
            Method target = find(implementation, method);
            try {
                return target.invoke(implementation, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
        return type.cast(proxy);
    }

    static <T> T of(Class<T> type, Object implementation) {
        return of(type, implementation, new ArrayList<>());
    }

    private static Method find(Object implementation, Method method) {
        try {
            Method target = implementation.getClass().getMethod(method.getName(), method.getParameterTypes());
            target.setAccessible(true);
            return target;
        } catch (NoSuchMethodException e) {
            throw new UnsupportedOperationException(implementation.getClass().getSimpleName()
                    + " does not fake " + method.getName() + Arrays.toString(method.getParameterTypes()));
        }
    }
}
