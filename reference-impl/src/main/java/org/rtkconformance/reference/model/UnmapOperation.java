package org.rtkconformance.reference.model;

import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.reference.rules.Failure;
import org.rtkconformance.reference.rules.ReferenceRules;

/**
 * {@code RtkUnMapSharedMemory(RtssInst, location)} as D-14.B reads it: unmaps the view whose base is
 * {@code location}; anything else (never mapped, unmapped already, inside a view) is refused.
 */
final class UnmapOperation {

    static final String CALL = "RtkUnMapSharedMemory";

    private final ReferenceRules rules;
    private final EntryGate gate;
    private final Lifecycle lifecycle;

    UnmapOperation(RtssState state, EntryGate gate, Lifecycle lifecycle) {
        this.rules = state.rules;
        this.gate = gate;
        this.lifecycle = lifecycle;
    }

    NtStatus call(CallerState caller, RtssInst rtssInst, Address location) {
        try {
            gate.enter(caller, CALL, rtssInst);
            View view = caller.views().atBase(location.value())
                    .orElseThrow(() -> new Refusal(Failure.UNMAP_NOT_MAPPED));
            gate.proceed();
            lifecycle.unmap(view);
            return NtStatus.STATUS_SUCCESS;
        } catch (Refusal refusal) {
            return rules.status(refusal.failure());
        }
    }
}
