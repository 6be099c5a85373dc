package org.rtkconformance.reference.model;

import static org.rtkconformance.reference.model.Refusal.require;

import org.rtkconformance.adapter.api.AttachResult;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.Out;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.ShutdownRoutine;
import org.rtkconformance.reference.rules.Failure;
import org.rtkconformance.reference.rules.ReferenceRules;

/**
 * {@code RtkRtssAttach}, {@code RtkRtssAttachEx} and {@code RtkRtssDetach}: instances are non-zero on
 * success and 0 on failure [S9], unique and never reissued; a detached instance is invalid afterwards
 * (D-22), and what detaching releases follows D-14 and D-16. Attaching more than once per driver, an
 * obligation [S9], is tolerated.
 */
final class AttachOperations {

    static final String ATTACH = "RtkRtssAttach";
    static final String ATTACH_EX = "RtkRtssAttachEx";
    static final String DETACH = "RtkRtssDetach";

    private final RtssState state;
    private final ReferenceRules rules;
    private final EntryGate gate;
    private final Lifecycle lifecycle;

    AttachOperations(RtssState state, EntryGate gate, Lifecycle lifecycle) {
        this.state = state;
        this.rules = state.rules;
        this.gate = gate;
        this.lifecycle = lifecycle;
    }

    /** Attach ({@code call} names which), registering {@code routine} (may be {@code null}, as a NULL Routine). */
    AttachResult attach(CallerState caller, String call, int maxWfso, ShutdownRoutine routine) {
        try {
            gate.enter(caller, call);
            require(rules.acceptsMaxWfso(maxWfso), Failure.ATTACH_MAX_WFSO_ZERO);
            gate.proceed();
            Instance instance = state.instances.issue(caller, routine);
            return new AttachResult(NtStatus.STATUS_SUCCESS, Out.written(new RtssInst(instance.value())));
        } catch (Refusal refusal) {
            return new AttachResult(rules.status(refusal.failure()), Out.written(RtssInst.ZERO));
        }
    }

    NtStatus detach(CallerState caller, RtssInst rtssInst) {
        try {
            long value = gate.enter(caller, DETACH, rtssInst);
            gate.proceed();
            state.instances.live(caller, value).ifPresent(Instance::detach);
            release(caller, value);
            return NtStatus.STATUS_SUCCESS;
        } catch (Refusal refusal) {
            return rules.status(refusal.failure());
        }
    }

    /** What detaching instance {@code value} releases (D-14.C views, D-16.A views and handles). */
    void release(CallerState caller, long value) {
        lifecycle.reclaim(caller, instance -> instance == value, rules.detachReleasesViews(),
                rules.detachReclaimsHandles());
    }
}
