package org.rtkconformance.steps.run;

import org.rtkconformance.adapter.api.Fault;
import org.rtkconformance.adapter.api.FaultInjection;

/** Fault injection seen through the {@link CapabilityGuard}. */
final class GuardedFaultInjection extends GuardedDelegate<FaultInjection> implements FaultInjection {

    GuardedFaultInjection(FaultInjection target) {
        super(target);
    }

    @Override
    public void inject(Fault fault) {
        CapabilityGuard.run(() -> target().inject(fault));
    }

    @Override
    public void clear() {
        CapabilityGuard.run(target()::clear);
    }
}
