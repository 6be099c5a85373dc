package org.rtkconformance.reference.model;

import org.rtkconformance.adapter.api.Fault;
import org.rtkconformance.adapter.api.ShutdownRoutine;
import org.rtkconformance.reference.rules.ReferenceRules;

/**
 * What happens to callers beyond their own calls: the subsystem stopping and a caller terminating.
 * Stopping runs every AttachEx shutdown routine (reason RTX shutdown, while calls still work) and then
 * detaches those instances, as the older RTX documents [S12]; termination reclaims per D-16.
 */
final class SubsystemEvents {

    private final RtssState state;
    private final ReferenceRules rules;
    private final Lifecycle lifecycle;
    private final AttachOperations attach;

    SubsystemEvents(RtssState state, Lifecycle lifecycle, AttachOperations attach) {
        this.state = state;
        this.rules = state.rules;
        this.lifecycle = lifecycle;
        this.attach = attach;
    }

    /** Injects {@code fault}; RTSS_STOPPED first shuts the subsystem down. */
    void inject(Fault fault) {
        if (fault == Fault.RTSS_STOPPED && !state.faults.contains(fault)) {
            shutDown();
        }
        state.faults.add(fault);
    }

    private void shutDown() {
        for (Instance instance : state.instances.liveWithRoutine()) {
            instance.routine().onShutdown(ShutdownRoutine.SHTDN_REASON_RTX_SYSTEM_SHUTDOWN);
            instance.detach();
            attach.release(instance.owner(), instance.value());
        }
        for (CallerState caller : state.callers) {
            lifecycle.reclaim(caller, instance -> true, rules.shutdownReclaims(), rules.shutdownReclaims());
        }
    }

    /** Terminates {@code caller}: per D-16 its views and handles are reclaimed; its instances end with it. */
    void terminate(CallerState caller) {
        lifecycle.reclaim(caller, instance -> true, rules.terminationReclaims(), rules.terminationReclaims());
        state.instances.of(caller).forEach(Instance::detach);
        caller.markTerminated();
    }
}
