package org.rtkconformance.selftest.mutants;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.adapter.api.Caller;

/**
 * A port mutant: the reference (under the mutant's id and readings) with every caller wrapped in a
 * decorator that breaks one call. Each session gets a fresh decorator, so state a mutant keeps (the
 * first object created, the contents of destroyed objects) never leaks from one scenario into the next.
 */
final class PortMutantProvider implements BackendProvider {

    /** Makes the decorator of one caller of one session. */
    interface Decorator extends BiFunction<Caller, MutantSession, ForwardingCaller> {

        /** What the session's introspection reports, through this decorator; the truth unless a mutant lies. */
        default java.util.function.UnaryOperator<org.rtkconformance.adapter.api.Introspection> introspectionLens() {
            return java.util.function.UnaryOperator.identity();
        }
    }

    private final BackendProvider reference;
    private final Supplier<Decorator> perSession;

    PortMutantProvider(BackendProvider reference, Supplier<Decorator> perSession) {
        this.reference = reference;
        this.perSession = perSession;
    }

    @Override
    public BackendManifest manifest() {
        return reference.manifest();
    }

    @Override
    public Optional<String> unavailableReason() {
        return reference.unavailableReason();
    }

    @Override
    public Backend start(BackendContext context) {
        Decorator decorator = perSession.get();
        return new MutantSession(reference.start(context), decorator, decorator.introspectionLens());
    }

    @Override
    public String toString() {
        return "PortMutantProvider[" + manifest().id() + "]";
    }
}
