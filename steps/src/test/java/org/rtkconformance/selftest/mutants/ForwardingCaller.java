package org.rtkconformance.selftest.mutants;

import org.rtkconformance.adapter.api.Caller;

/**
 * A port mutant's caller: the port's {@link org.rtkconformance.adapter.api.forwarding.ForwardingCaller} over a
 * reference caller, knowing its session; a mutant overrides the one call it breaks.
 */
class ForwardingCaller extends org.rtkconformance.adapter.api.forwarding.ForwardingCaller {

    /** The reference's caller underneath (the delegate). */
    final Caller inner;
    final MutantSession session;

    ForwardingCaller(Caller inner, MutantSession session) {
        super(inner);
        this.inner = inner;
        this.session = session;
    }

    @Override
    public String toString() {
        return "mutant caller " + inner.name();
    }
}
