package org.rtkconformance.reference;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.Fault;
import org.rtkconformance.adapter.api.FaultInjection;
import org.rtkconformance.adapter.api.Introspection;
import org.rtkconformance.adapter.api.ObjectInfo;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.reference.model.RtssWorld;
import org.rtkconformance.reference.model.VerifierViolation;
import org.rtkconformance.reference.rules.Readings;

/**
 * One reference session: an isolated RTSS world with its callers, objects and namespace. Besides the port
 * it offers the checked mode's record ({@link #verifierViolations()}) and the readings it follows.
 */
public final class ReferenceBackend implements Backend {

    private final RtssWorld world;
    private final Readings readings;
    private final Introspection introspection = new SessionIntrospection();
    private final FaultInjection faults = new SessionFaults();

    ReferenceBackend(RtssWorld world, Readings readings) {
        this.world = world;
        this.readings = readings;
    }

    @Override
    public Set<Capability> capabilities() {
        return world.capabilities();
    }

    @Override
    public Caller newCaller(String name) {
        return new ReferenceCaller(this, world, world.newCaller(Objects.requireNonNull(name, "name")));
    }

    @Override
    public Introspection introspection() {
        world.require(Capability.INTROSPECTION);
        return introspection;
    }

    @Override
    public FaultInjection faults() {
        world.require(Capability.FAULT_INJECTION);
        return faults;
    }

    /** The readings this session follows (the manifest's). */
    public Readings readings() {
        return readings;
    }

    /** Every call made above PASSIVE_LEVEL so far, whatever D-23 made of it. */
    public List<VerifierViolation> verifierViolations() {
        return world.verifierViolations();
    }

    /** The bytes the live shared-memory objects take. */
    public long memoryInUse() {
        return world.memoryInUse();
    }

    @Override
    public void close() {
        world.close();
    }

    private final class SessionIntrospection implements Introspection {

        @Override
        public Optional<ObjectInfo> lookup(UnicodeString name) {
            return world.lookup(Objects.requireNonNull(name, "name"));
        }

        @Override
        public List<ObjectInfo> liveObjects() {
            return world.liveObjects();
        }

        @Override
        public int openHandles(Caller caller) {
            return world.openHandles(ReferenceCaller.stateOf(caller, ReferenceBackend.this));
        }

        @Override
        public int mappedViews(Caller caller) {
            return world.mappedViews(ReferenceCaller.stateOf(caller, ReferenceBackend.this));
        }
    }

    private final class SessionFaults implements FaultInjection {

        @Override
        public void inject(Fault fault) {
            world.inject(Objects.requireNonNull(fault, "fault"));
        }

        @Override
        public void clear() {
            world.clearFaults();
        }
    }
}
