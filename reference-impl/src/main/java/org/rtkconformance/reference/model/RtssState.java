package org.rtkconformance.reference.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.rtkconformance.adapter.api.Fault;
import org.rtkconformance.reference.rules.ReferenceRules;

/** Everything one session holds, shared by the operations; guarded by the world's lock. */
final class RtssState {

    final ReferenceRules rules;
    final Namespace namespace = new Namespace();
    final Set<RtssObject> liveObjects = new LinkedHashSet<>();
    final InstanceRegistry instances = new InstanceRegistry();
    final AddressAllocator addresses = new AddressAllocator();
    final MemoryPool pool;
    final Set<Fault> faults = EnumSet.noneOf(Fault.class);
    final List<CallerState> callers = new ArrayList<>();
    final List<VerifierViolation> violations = new ArrayList<>();
    private long lastHandle;

    RtssState(ReferenceRules rules, long memoryLimit) {
        this.rules = rules;
        this.pool = new MemoryPool(memoryLimit);
    }

    /** The next handle value from the session-wide counter (D-19.A). */
    long nextHandleValue() {
        lastHandle += HandleTable.STEP;
        return lastHandle;
    }
}
