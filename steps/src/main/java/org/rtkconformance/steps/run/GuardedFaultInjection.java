package org.rtkconformance.steps.run;

import org.rtkconformance.adapter.api.Fault;
import org.rtkconformance.adapter.api.FaultInjection;

/** Fault injection seen through the {@link CapabilityGuard}. */
final class GuardedFaultInjection implements FaultInjection {

    private final FaultInjection target;

    GuardedFaultInjection(FaultInjection target) {
        this.target = target;
    }

    FaultInjection target() {
        return target;
    }

    @Override
    public void inject(Fault fault) {
        CapabilityGuard.run(() -> target.inject(fault));
    }

    @Override
    public void clear() {
        CapabilityGuard.run(target::clear);
    }

    @Override
    public boolean equals(Object other) {
        return CapabilityGuard.sameTarget(target, other);
    }

    @Override
    public int hashCode() {
        return target.hashCode();
    }

    @Override
    public String toString() {
        return target.toString();
    }
}
