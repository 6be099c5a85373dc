package org.rtkconformance.steps.run;

import java.util.Objects;

/**
 * What every guarded view of a port object shares: the object it guards, and the identity of that object,
 * so a guarded and an unguarded view of one caller or session compare equal.
 *
 * @param <T> the port type guarded
 */
abstract class GuardedDelegate<T> {

    private final T target;

    GuardedDelegate(T target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    /** The port object behind this guard. */
    final T target() {
        return target;
    }

    /** {@code object} without its guard, if it has one. */
    static Object unguarded(Object object) {
        return object instanceof GuardedDelegate ? ((GuardedDelegate<?>) object).target : object;
    }

    @Override
    public final boolean equals(Object other) {
        return target.equals(unguarded(other));
    }

    @Override
    public final int hashCode() {
        return target.hashCode();
    }

    @Override
    public final String toString() {
        return target.toString();
    }
}
