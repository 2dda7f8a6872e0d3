package org.servicehall.common;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One interface made of the services that implement its parts, without a class that forwards each
 * call by hand: the deprecated 1.x aggregates ({@code QueueService extends TicketLifecycle,
 * QueueReadModel, …}) are each {@code Aggregate.of(QueueService.class, tickets, reads, …)}. A new
 * operation on a part is served by the aggregate at once.
 *
 * <p>Each method of the aggregate goes to the first part that implements the interface declaring
 * it. A method that the aggregate interface declares itself (none of the parts implements that
 * interface) goes to the first part with a public method of the same name and parameter types, or,
 * when it has a default body and no part offers it, to that body. A method that no part serves is
 * refused when the aggregate is made (an {@link IllegalArgumentException} naming it), not on its
 * first call. {@code equals} is identity, {@code hashCode} the identity hash, {@code toString}
 * names the aggregate and its parts. An exception thrown by a part reaches the caller as it was
 * thrown (unwrapped from {@link InvocationTargetException}).
 *
 * @since 1.3
 */
public final class Aggregate {
    private static final Method EQUALS;
    private static final Method HASH_CODE;
    private static final Method TO_STRING;

    static {
        try {
            EQUALS = Object.class.getMethod("equals", Object.class);
            HASH_CODE = Object.class.getMethod("hashCode");
            TO_STRING = Object.class.getMethod("toString");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Aggregate() {
    }

    /**
     * The aggregate {@code aggregate} (an interface) whose methods go to {@code parts}.
     *
     * @throws IllegalArgumentException when {@code aggregate} is no interface, a part is null, or a
     *             method of the aggregate has no part to serve it (the message names the methods)
     */
    public static <T> T of(Class<T> aggregate, Object... parts) {
        Objects.requireNonNull(aggregate, "aggregate");
        if (!aggregate.isInterface()) {
            throw new IllegalArgumentException(aggregate.getName() + " is not an interface");
        }
        List<Object> all = List.of(parts); // refuses a null part
        Map<Method, Target> targets = new HashMap<>();
        List<String> unserved = new ArrayList<>();
        for (Method method : aggregate.getMethods()) {
            if (Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            Target target = targetOf(method, all);
            if (target == null) {
                unserved.add(method.getDeclaringClass().getSimpleName() + "." + method.getName()
                        + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")")));
            } else {
                targets.put(method, target);
            }
        }
        if (!unserved.isEmpty()) {
            throw new IllegalArgumentException(aggregate.getSimpleName() + ": no part serves " + String.join(", ", unserved));
        }
        String name = aggregate.getSimpleName() + all.stream().map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.equals(EQUALS)) {
                return proxy == args[0];
            }
            if (method.equals(HASH_CODE)) {
                return System.identityHashCode(proxy);
            }
            if (method.equals(TO_STRING)) {
                return name;
            }
            Target target = targets.get(method);
            try {
                return target.part() == null ? InvocationHandler.invokeDefault(proxy, method, args)
                        : target.method().invoke(target.part(), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return aggregate.cast(Proxy.newProxyInstance(aggregate.getClassLoader(), new Class<?>[] { aggregate }, handler));
    }

    /** Where a call goes: {@code method} on {@code part}, or the default body when {@code part} is null. */
    private record Target(Object part, Method method) {
    }

    private static Target targetOf(Method method, List<Object> parts) {
        Class<?> declaring = method.getDeclaringClass();
        for (Object part : parts) {
            if (declaring.isInstance(part)) {
                method.trySetAccessible(); // an interface that is not public
                return new Target(part, method);
            }
        }
        for (Object part : parts) {
            Method offered = publicMethod(part.getClass(), method);
            if (offered != null) {
                return new Target(part, offered);
            }
        }
        return method.isDefault() ? new Target(null, method) : null;
    }

    /** The part's public method of {@code method}'s name, parameters and a return type it may stand for, if any. */
    private static Method publicMethod(Class<?> type, Method method) {
        try {
            Method found = type.getMethod(method.getName(), method.getParameterTypes());
            if (found.getDeclaringClass() == Object.class || Modifier.isStatic(found.getModifiers())
                    || !method.getReturnType().isAssignableFrom(found.getReturnType())) {
                return null;
            }
            found.trySetAccessible(); // a public method of a class that is not public itself (a lambda, a nested class)
            return found;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
