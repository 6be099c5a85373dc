package org.rtkconformance.steps.run;

import java.util.List;
import java.util.Optional;

import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.Introspection;
import org.rtkconformance.adapter.api.ObjectInfo;
import org.rtkconformance.adapter.api.UnicodeString;

/** Introspection seen through the {@link CapabilityGuard}; it hands the backend its own callers back. */
final class GuardedIntrospection extends GuardedDelegate<Introspection> implements Introspection {

    GuardedIntrospection(Introspection target) {
        super(target);
    }

    @Override
    public Optional<ObjectInfo> lookup(UnicodeString name) {
        return CapabilityGuard.call(() -> target().lookup(name));
    }

    @Override
    public List<ObjectInfo> liveObjects() {
        return CapabilityGuard.call(target()::liveObjects);
    }

    @Override
    public int openHandles(Caller caller) {
        return CapabilityGuard.call(() -> target().openHandles(CapabilityGuard.unwrapped(caller)));
    }

    @Override
    public int mappedViews(Caller caller) {
        return CapabilityGuard.call(() -> target().mappedViews(CapabilityGuard.unwrapped(caller)));
    }
}
