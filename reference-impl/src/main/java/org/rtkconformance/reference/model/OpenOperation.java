package org.rtkconformance.reference.model;

import static org.rtkconformance.reference.model.Refusal.require;

import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.reference.rules.Failure;
import org.rtkconformance.reference.rules.NameVerdict;
import org.rtkconformance.reference.rules.ReferenceRules;

/**
 * {@code RtkOpenSharedMemory}: checks in the order the code reads, then a new handle (one more reference)
 * and a view whose protection follows D-1. The first failing check decides the status.
 */
final class OpenOperation {

    static final String CALL = "RtkOpenSharedMemory";

    private final RtssState state;
    private final ReferenceRules rules;
    private final EntryGate gate;
    private final Lifecycle lifecycle;

    OpenOperation(RtssState state, EntryGate gate, Lifecycle lifecycle) {
        this.state = state;
        this.rules = state.rules;
        this.gate = gate;
        this.lifecycle = lifecycle;
    }

    SharedMemoryResult call(CallerState caller, OpenSharedMemoryCall call) {
        try {
            long instance = gate.enter(caller, CALL, call.rtssInst());
            require(call.handlePointer(), Failure.NULL_HANDLE_POINTER);
            require(call.locationPointer() || !rules.refusesNullLocation(), Failure.NULL_LOCATION);
            require(rules.acceptsDesiredAccess(call.desiredAccess()), Failure.DESIRED_ACCESS);
            require(rules.acceptsInheritHandle(call.inheritHandle()), Failure.INHERIT_HANDLE);
            NameVerdict name = rules.openName(call.name());
            require(name.failure() == null, name.failure());
            gate.proceed();
            RtssObject object = state.namespace.find(name.key()).orElseThrow(() -> new Refusal(Failure.NOT_FOUND));
            require(object.kind() == ObjectKind.SHARED_MEMORY, Failure.WRONG_KIND);
            require(rules.protectionAllows(object.protect(), call.desiredAccess()), Failure.PROTECTION);
            gate.allocate();
            View view = call.locationPointer()
                    ? lifecycle.map(caller, object, rules.mapsWritableView(call.desiredAccess()), instance) : null;
            return Outputs.succeeded(NtStatus.STATUS_SUCCESS, lifecycle.grant(caller, object, instance, view), view);
        } catch (Refusal refusal) {
            return Outputs.refused(rules, refusal.failure(), call.handlePointer(), call.locationPointer());
        }
    }
}
