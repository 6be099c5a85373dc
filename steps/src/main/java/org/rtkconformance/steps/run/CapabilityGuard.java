package org.rtkconformance.steps.run;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.CapabilityMissingException;
import org.rtkconformance.adapter.api.FaultInjection;
import org.rtkconformance.adapter.api.Introspection;

/**
 * Wraps a backend session so that a {@link CapabilityMissingException} thrown by any of its objects
 * becomes an UNSUPPORTED abort, wherever in a step it happens; steps stay free of try/catch.
 */
public final class CapabilityGuard implements InvocationHandler {

    private static final Set<Class<?>> GUARDED = Set.of(Backend.class, Caller.class, Introspection.class,
            FaultInjection.class);

    private final Object target;

    private CapabilityGuard(Object target) {
        this.target = target;
    }

    /** The guarded view of {@code session}. */
    public static Backend guard(Backend session) {
        return wrap(Backend.class, session);
    }

    private static <T> T wrap(Class<T> type, T target) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new CapabilityGuard(target)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object result;
        try {
            result = method.invoke(target, unwrapped(args));
        } catch (InvocationTargetException thrown) {
            if (thrown.getCause() instanceof CapabilityMissingException) {
                throw Aborts.unsupported((CapabilityMissingException) thrown.getCause());
            }
            throw thrown.getCause();
        }
        Class<?> returned = method.getReturnType();
        if (result != null && GUARDED.contains(returned)) {
            return wrapUnchecked(returned, result);
        }
        return result;
    }

    /** The backend must receive its own objects back (a guarded caller passed to introspection), never our proxies. */
    private static Object[] unwrapped(Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] plain = args.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] != null && Proxy.isProxyClass(plain[i].getClass())
                    && Proxy.getInvocationHandler(plain[i]) instanceof CapabilityGuard) {
                plain[i] = ((CapabilityGuard) Proxy.getInvocationHandler(plain[i])).target;
            }
        }
        return plain;
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrapUnchecked(Class<T> type, Object target) {
        return wrap(type, (T) target);
    }
}
