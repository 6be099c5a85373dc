package org.rtkconformance.reference.model;

import static org.rtkconformance.reference.model.Refusal.require;

import org.rtkconformance.adapter.api.Fault;
import org.rtkconformance.adapter.api.RtkConstants;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.reference.rules.Failure;

/**
 * The checks every RTK call passes through, in this order: the IRQL (D-23; recorded whatever the reading),
 * a stopped subsystem (D-17), the RtssInst (D-22); later, just before the call takes effect, an injected
 * internal failure, and, where memory is needed, exhaustion.
 */
final class EntryGate {

    private final RtssState state;

    EntryGate(RtssState state) {
        this.state = state;
    }

    /** The checks of a call that takes no RtssInst (Attach). */
    void enter(CallerState caller, String call) {
        if (caller.irql() > RtkConstants.PASSIVE_LEVEL) {
            state.violations.add(new VerifierViolation(caller.name(), call, caller.irql()));
        }
        require(!state.rules.refusesAtIrql(caller.irql()), Failure.IRQL_NOT_PASSIVE);
        require(!state.faults.contains(Fault.RTSS_STOPPED), Failure.SUBSYSTEM_STOPPED);
    }

    /** The checks of a call that takes an RtssInst; its raw value. */
    long enter(CallerState caller, String call, RtssInst rtssInst) {
        enter(caller, call);
        require(state.rules.acceptsInstance(state.instances.stateFor(caller, rtssInst.value())),
                Failure.INVALID_INSTANCE);
        return rtssInst.value();
    }

    /** The call is about to take effect: an injected internal failure stops it here. */
    void proceed() {
        require(!state.faults.contains(Fault.INTERNAL_FAILURE), Failure.INTERNAL_FAILURE);
    }

    /** The call is about to allocate or map memory: injected exhaustion stops it here. */
    void allocate() {
        require(!state.faults.contains(Fault.MEMORY_EXHAUSTED), Failure.MEMORY_EXHAUSTED);
    }
}
