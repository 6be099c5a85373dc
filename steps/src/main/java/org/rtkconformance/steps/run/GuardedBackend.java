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

    GuardedBackend(Backend target) {
        super(target);
    }

    @Override
    public Set<Capability> capabilities() {
        return CapabilityGuard.call(target()::capabilities);
    }

    @Override
    public Caller newCaller(String name) {
        Caller caller = CapabilityGuard.call(() -> target().newCaller(name));
        return caller == null ? null : new GuardedCaller(caller);
    }

    @Override
    public Introspection introspection() {
        Introspection introspection = CapabilityGuard.call(target()::introspection);
        return introspection == null ? null : new GuardedIntrospection(introspection);
    }

    @Override
    public FaultInjection faults() {
        FaultInjection faults = CapabilityGuard.call(target()::faults);
        return faults == null ? null : new GuardedFaultInjection(faults);
    }

    @Override
    public NativeInterface nativeInterface() {
        return CapabilityGuard.call(target()::nativeInterface);
    }

    @Override
    public boolean has(Capability capability) {
        return CapabilityGuard.call(() -> target().has(capability));
    }

    @Override
    public void close() {
        CapabilityGuard.run(target()::close);
    }
}
