package org.rtkconformance.steps.run;

import java.util.Set;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.FaultInjection;
import org.rtkconformance.adapter.api.Introspection;
import org.rtkconformance.adapter.api.NativeInterface;

/** A backend session seen through the {@link CapabilityGuard}; the objects it hands out are guarded too. */
final class GuardedBackend extends GuardedDelegate<Backend> implements Backend {

    private final CapabilityMask mask;
    private final KilledCallerJudge onKilled;
    private int callers;

    GuardedBackend(Backend target, CapabilityMask mask, KilledCallerJudge onKilled) {
        super(target);
        this.mask = mask;
        this.onKilled = onKilled;
    }

    @Override
    public Set<Capability> capabilities() {
        return mask.apply(CapabilityGuard.call(target()::capabilities));
    }

    @Override
    public Caller newCaller(String name) {
        if (++callers > 1) {
            CapabilityGuard.run(() -> mask.check(Capability.MULTIPLE_CALLERS));
        }
        Caller caller = CapabilityGuard.call(() -> target().newCaller(name));
        return caller == null ? null : new GuardedCaller(caller, mask, onKilled);
    }

    @Override
    public Introspection introspection() {
        CapabilityGuard.run(() -> mask.check(Capability.INTROSPECTION));
        Introspection introspection = CapabilityGuard.call(target()::introspection);
        return introspection == null ? null : new GuardedIntrospection(introspection);
    }

    @Override
    public FaultInjection faults() {
        CapabilityGuard.run(() -> mask.check(Capability.FAULT_INJECTION));
        FaultInjection faults = CapabilityGuard.call(target()::faults);
        return faults == null ? null : new GuardedFaultInjection(faults);
    }

    @Override
    public NativeInterface nativeInterface() {
        CapabilityGuard.run(() -> mask.check(Capability.NATIVE_HEADER));
        return CapabilityGuard.call(target()::nativeInterface);
    }

    @Override
    public boolean has(Capability capability) {
        return !mask.masks(capability) && CapabilityGuard.call(() -> target().has(capability));
    }

    @Override
    public void close() {
        CapabilityGuard.run(target()::close);
    }
}
