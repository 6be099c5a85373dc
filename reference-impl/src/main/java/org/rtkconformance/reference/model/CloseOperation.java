package org.rtkconformance.reference.model;

import static org.rtkconformance.reference.model.Refusal.require;

import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.reference.rules.Failure;
import org.rtkconformance.reference.rules.ReferenceRules;

/**
 * {@code RtkCloseHandle}: invalidates the handle and drops one reference; the last close destroys the
 * object [S7]. A value that is not an open handle of the caller, a double close among them, gives the
 * "already invalidated" status [S7]; NULL the parameter status [S8] (D-19).
 */
final class CloseOperation {

    static final String CALL = "RtkCloseHandle";

    private final ReferenceRules rules;
    private final EntryGate gate;
    private final Lifecycle lifecycle;

    CloseOperation(RtssState state, EntryGate gate, Lifecycle lifecycle) {
        this.rules = state.rules;
        this.gate = gate;
        this.lifecycle = lifecycle;
    }

    NtStatus call(CallerState caller, RtssInst rtssInst, Handle handle) {
        try {
            gate.enter(caller, CALL, rtssInst);
            require(handle.value() != 0, Failure.CLOSE_NULL_HANDLE);
            HandleEntry entry = caller.handles().get(handle.value())
                    .orElseThrow(() -> new Refusal(Failure.CLOSE_INVALID_HANDLE));
            View view = entry.view();
            require(!rules.closeRefusedWhileViewMapped() || view == null || !view.isMapped(), Failure.CLOSE_VIEW_MAPPED);
            gate.proceed();
            lifecycle.close(caller, entry);
            return NtStatus.STATUS_SUCCESS;
        } catch (Refusal refusal) {
            return rules.status(refusal.failure());
        }
    }
}
