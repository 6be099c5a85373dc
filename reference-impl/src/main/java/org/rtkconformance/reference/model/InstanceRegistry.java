package org.rtkconformance.reference.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rtkconformance.adapter.api.ShutdownRoutine;
import org.rtkconformance.reference.rules.InstanceState;

/**
 * Every RtssInst the session has issued. Values are unique, never reissued, and recognisable (they
 * start at {@value #FIRST_HEX}), so a made-up value never collides with an issued one by accident.
 */
final class InstanceRegistry {

    private static final String FIRST_HEX = "0x0000525300000001";
    private static final long FIRST = Long.decode(FIRST_HEX);

    private final Map<Long, Instance> issued = new LinkedHashMap<>();
    private long next = FIRST;

    Instance issue(CallerState owner, ShutdownRoutine routine) {
        Instance instance = new Instance(next++, owner, routine);
        issued.put(instance.value(), instance);
        return instance;
    }

    /** What {@code value} is to {@code caller} (D-22 decides which states are valid). */
    InstanceState stateFor(CallerState caller, long value) {
        Instance instance = issued.get(value);
        if (value == 0) {
            return InstanceState.ZERO;
        }
        if (instance == null || instance.owner() != caller) {
            return InstanceState.NEVER_ISSUED;
        }
        return instance.isDetached() ? InstanceState.DETACHED : InstanceState.LIVE;
    }

    /** The live instance {@code value} of {@code caller}, if it is one. */
    Optional<Instance> live(CallerState caller, long value) {
        return Optional.ofNullable(issued.get(value)).filter(instance -> stateFor(caller, value) == InstanceState.LIVE);
    }

    /** Every instance issued to {@code owner}. */
    List<Instance> of(CallerState owner) {
        List<Instance> found = new ArrayList<>();
        issued.values().stream().filter(instance -> instance.owner() == owner).forEach(found::add);
        return found;
    }

    /** Every instance that is not detached and has a shutdown routine, in issue order. */
    List<Instance> liveWithRoutine() {
        List<Instance> found = new ArrayList<>();
        issued.values().stream().filter(instance -> !instance.isDetached() && instance.routine() != null)
                .forEach(found::add);
        return found;
    }
}
