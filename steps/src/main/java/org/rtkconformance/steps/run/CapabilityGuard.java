package org.rtkconformance.steps.run;

import java.util.function.Supplier;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.CapabilityMissingException;

/**
 * Wraps a backend session so that a {@link CapabilityMissingException} thrown by any of its objects
 * becomes an UNSUPPORTED abort, wherever in a step it happens; steps stay free of try/catch. The wrappers
 * are plain delegating classes, not reflection proxies: every port call of every scenario goes through them.
 */
public final class CapabilityGuard {

    private CapabilityGuard() {
    }

    /** The guarded view of {@code session}. */
    public static Backend guard(Backend session) {
        return guard(session, CapabilityMask.none());
    }

    /** The guarded view of {@code session}, which behaves as if it lacked every capability {@code mask} names. */
    public static Backend guard(Backend session, CapabilityMask mask) {
        return guard(session, mask, KilledCallerJudge.NONE);
    }

    /** The same, with the backend killing a caller during an RTKAPI call judged by {@code onKilled}. */
    public static Backend guard(Backend session, CapabilityMask mask, KilledCallerJudge onKilled) {
        return new GuardedBackend(session, mask, onKilled);
    }

    /** The result of {@code call}, or the UNSUPPORTED abort when it reports a missing capability. */
    static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (CapabilityMissingException missing) {
            throw Aborts.unsupported(missing);
        }
    }

    /** Runs {@code call}; a missing capability becomes the UNSUPPORTED abort. */
    static void run(Runnable call) {
        try {
            call.run();
        } catch (CapabilityMissingException missing) {
            throw Aborts.unsupported(missing);
        }
    }

    /** The backend must receive its own objects back (a guarded caller passed to introspection), never our wrappers. */
    static Caller unwrapped(Caller caller) {
        return (Caller) GuardedDelegate.unguarded(caller);
    }

}
