package org.rtkconformance.selftest.mutants;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.Introspection;
import org.rtkconformance.adapter.api.forwarding.ForwardingBackend;

/**
 * A reference session seen through a port mutant: every caller it makes is the mutant's decorator over a
 * reference caller, and introspection is handed the reference callers back (the port's
 * {@link ForwardingBackend}). Port mutants that need to act across callers (termination closing others'
 * handles) find them here.
 */
final class MutantSession extends ForwardingBackend {

    private final BiFunction<Caller, MutantSession, ForwardingCaller> decorate;
    private final List<ForwardingCaller> callers = new ArrayList<>();

    MutantSession(Backend inner, BiFunction<Caller, MutantSession, ForwardingCaller> decorate) {
        super(inner);
        this.decorate = decorate;
    }

    @Override
    protected Caller decorate(Caller made) {
        ForwardingCaller caller = decorate.apply(made, this);
        callers.add(caller);
        return caller;
    }

    /** Every caller of the session, in the order they were made. */
    List<ForwardingCaller> callers() {
        return List.copyOf(callers);
    }

    /** The reference's own introspection, for mutants that consult the model's state. */
    Introspection plainIntrospection() {
        return delegate().introspection();
    }
}
