package org.rtkconformance.reference.model;

import static org.rtkconformance.reference.model.Refusal.require;

import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.NamedObjectResult;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.Out;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.reference.rules.Failure;
import org.rtkconformance.reference.rules.NameVerdict;
import org.rtkconformance.reference.rules.ReferenceRules;

/**
 * Creating an event, mutex or semaphore in the shared namespace (RtkCreateEvent and its kin, for the
 * wrong-kind cases): the name rules of Create, a name held by another kind refused as Create refuses it
 * [S4], an existing object of the same kind opened.
 */
final class NamedObjectOperation {

    private final RtssState state;
    private final ReferenceRules rules;
    private final EntryGate gate;
    private final Lifecycle lifecycle;

    NamedObjectOperation(RtssState state, EntryGate gate, Lifecycle lifecycle) {
        this.state = state;
        this.rules = state.rules;
        this.gate = gate;
        this.lifecycle = lifecycle;
    }

    NamedObjectResult call(CallerState caller, RtssInst rtssInst, ObjectKind kind, UnicodeString name) {
        try {
            long instance = gate.enter(caller, callName(kind), rtssInst);
            NameVerdict verdict = rules.createName(name);
            require(verdict.failure() == null, verdict.failure());
            gate.proceed();
            RtssObject existing = verdict.key() == null ? null : state.namespace.find(verdict.key()).orElse(null);
            require(existing == null || existing.kind() == kind, Failure.CREATE_WRONG_KIND);
            RtssObject object = existing != null ? existing : register(kind, verdict);
            NtStatus status = existing != null ? rules.existingObjectStatus() : NtStatus.STATUS_SUCCESS;
            HandleEntry entry = lifecycle.grant(caller, object, instance, null);
            return new NamedObjectResult(status, Out.written(new Handle(entry.value())));
        } catch (Refusal refusal) {
            return new NamedObjectResult(rules.status(refusal.failure()), Outputs.onFailure(rules, true, Handle.NULL));
        }
    }

    private RtssObject register(ObjectKind kind, NameVerdict verdict) {
        RtssObject object = RtssObject.withoutMemory(kind, verdict.key(), verdict.name());
        state.liveObjects.add(object);
        if (verdict.key() != null) {
            state.namespace.register(object);
        }
        return object;
    }

    /** The RTK function the call stands for, for verifier records: RtkCreateEvent, RtkCreateMutex, RtkCreateSemaphore. */
    static String callName(ObjectKind kind) {
        String lower = kind.name().toLowerCase(java.util.Locale.ROOT);
        return "RtkCreate" + Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
