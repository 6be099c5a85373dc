package org.rtkconformance.reference.model;

import static org.rtkconformance.reference.model.Refusal.require;

import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.reference.rules.Failure;
import org.rtkconformance.reference.rules.NameVerdict;
import org.rtkconformance.reference.rules.ReferenceRules;

/**
 * {@code RtkCreateSharedMemory}: a new zero-filled object, or access to the existing shared-memory object of
 * the name, which keeps its original size [S6][S16]; the creator's view is read-write [S4].
 */
final class CreateOperation {

    static final String CALL = "RtkCreateSharedMemory";

    private final RtssState state;
    private final ReferenceRules rules;
    private final EntryGate gate;
    private final Lifecycle lifecycle;

    CreateOperation(RtssState state, EntryGate gate, Lifecycle lifecycle) {
        this.state = state;
        this.rules = state.rules;
        this.gate = gate;
        this.lifecycle = lifecycle;
    }

    SharedMemoryResult call(CallerState caller, CreateSharedMemoryCall call) {
        try {
            long instance = gate.enter(caller, CALL, call.rtssInst());
            require(call.handlePointer(), Failure.NULL_HANDLE_POINTER);
            require(call.locationPointer() || !rules.refusesNullLocation(), Failure.NULL_LOCATION);
            require(call.maximumSizeHigh() == 0, Failure.SIZE_HIGH_NOT_ZERO);
            require(call.maximumSizeLow() != 0, Failure.SIZE_ZERO);
            NameVerdict name = rules.createName(call.name());
            require(name.failure() == null, name.failure());
            gate.proceed();
            RtssObject existing = name.key() == null ? null : state.namespace.find(name.key()).orElse(null);
            require(existing == null || existing.kind() == ObjectKind.SHARED_MEMORY, Failure.CREATE_WRONG_KIND);
            gate.allocate();
            RtssObject object = existing != null ? existing : allocate(name, call);
            View view = call.locationPointer() ? lifecycle.map(caller, object, rules.creatorViewWritable(), instance)
                    : null;
            NtStatus status = existing != null ? rules.existingObjectStatus() : NtStatus.STATUS_SUCCESS;
            return Outputs.succeeded(status, lifecycle.grant(caller, object, instance, view), view);
        } catch (Refusal refusal) {
            return Outputs.refused(rules, refusal.failure(), call.handlePointer(), call.locationPointer());
        }
    }

    private RtssObject allocate(NameVerdict name, CreateSharedMemoryCall call) {
        long size = call.size();
        long bytes = rules.extent(size);
        require(state.pool.take(bytes), Failure.MEMORY_EXHAUSTED);
        RtssObject object = RtssObject.sharedMemory(name.key(), name.name(), size, call.protect(), new byte[(int) bytes]);
        state.liveObjects.add(object);
        if (name.key() != null) {
            state.namespace.register(object);
        }
        return object;
    }
}
