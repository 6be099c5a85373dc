package org.rtkconformance.selftest.mutants;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.FaultInjection;
import org.rtkconformance.adapter.api.Introspection;
import org.rtkconformance.adapter.api.ObjectInfo;
import org.rtkconformance.adapter.api.UnicodeString;

/**
 * A reference session seen through a port mutant: every caller it makes is the mutant's decorator over a
 * reference caller, and introspection is handed the reference callers back. Port mutants that need to
 * act across callers (termination closing others' handles) find them here.
 */
final class MutantSession implements Backend {

    private final Backend inner;
    private final BiFunction<Caller, MutantSession, ForwardingCaller> decorate;
    private final List<ForwardingCaller> callers = new ArrayList<>();

    private final java.util.function.UnaryOperator<Introspection> lens;

    MutantSession(Backend inner, BiFunction<Caller, MutantSession, ForwardingCaller> decorate) {
        this(inner, decorate, java.util.function.UnaryOperator.identity());
    }

    /** A session whose introspection the mutant sees through {@code lens} (an introspection that lies). */
    MutantSession(Backend inner, BiFunction<Caller, MutantSession, ForwardingCaller> decorate,
                  java.util.function.UnaryOperator<Introspection> lens) {
        this.inner = inner;
        this.decorate = decorate;
        this.lens = lens;
    }

    @Override
    public Set<Capability> capabilities() {
        return inner.capabilities();
    }

    @Override
    public Caller newCaller(String name) {
        ForwardingCaller caller = decorate.apply(inner.newCaller(name), this);
        callers.add(caller);
        return caller;
    }

    /** Every caller of the session, in the order they were made. */
    List<ForwardingCaller> callers() {
        return List.copyOf(callers);
    }

    @Override
    public Introspection introspection() {
        Introspection plain = inner.introspection();
        return lens.apply(new Introspection() {
            @Override
            public Optional<ObjectInfo> lookup(UnicodeString name) {
                return plain.lookup(name);
            }

            @Override
            public List<ObjectInfo> liveObjects() {
                return plain.liveObjects();
            }

            @Override
            public int openHandles(Caller caller) {
                return plain.openHandles(unwrap(caller));
            }

            @Override
            public int mappedViews(Caller caller) {
                return plain.mappedViews(unwrap(caller));
            }
        });
    }

    /** The reference's own introspection, for mutants that consult the model's state. */
    Introspection plainIntrospection() {
        return inner.introspection();
    }

    private static Caller unwrap(Caller caller) {
        return caller instanceof ForwardingCaller ? ((ForwardingCaller) caller).inner : caller;
    }

    @Override
    public FaultInjection faults() {
        return inner.faults();
    }

    @Override
    public void close() {
        inner.close();
    }
}
