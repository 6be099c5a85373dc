package org.rtkconformance.selftest.mutants;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.Introspection;
import org.rtkconformance.adapter.api.forwarding.ForwardingBackend;

/**
 * A reference session seen through a port mutant: every caller it makes is the mutant's decorator over a
 * reference caller, and introspection is handed the reference callers back (the port's
 * {@link ForwardingBackend}). Port mutants that need to act across callers (termination closing others'
 * handles) find them here; a mutant whose introspection lies sees it through a lens.
 */
final class MutantSession extends ForwardingBackend {

    private final BiFunction<Caller, MutantSession, ForwardingCaller> decorate;
    private final List<ForwardingCaller> callers = new ArrayList<>();
    private final UnaryOperator<Introspection> lens;

    MutantSession(Backend inner, BiFunction<Caller, MutantSession, ForwardingCaller> decorate) {
        this(inner, decorate, UnaryOperator.identity());
    }

    /** A session whose introspection the mutant sees through {@code lens} (an introspection that lies). */
    MutantSession(Backend inner, BiFunction<Caller, MutantSession, ForwardingCaller> decorate,
                  UnaryOperator<Introspection> lens) {
        super(inner);
        this.decorate = decorate;
        this.lens = lens;
    }

    @Override
    protected Caller decorate(Caller made) {
        ForwardingCaller caller = decorate.apply(made, this);
        callers.add(caller);
        return caller;
    }

    @Override
    public Introspection introspection() {
        return lens.apply(super.introspection());
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
