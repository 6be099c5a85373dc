package org.rtkconformance.reference.model;

import org.rtkconformance.adapter.api.ShutdownRoutine;

/** An RtssInst issued by Attach or AttachEx: its owner, its shutdown routine if any, and whether it is detached. */
final class Instance {

    private final long value;
    private final CallerState owner;
    private final ShutdownRoutine routine;
    private boolean detached;

    Instance(long value, CallerState owner, ShutdownRoutine routine) {
        this.value = value;
        this.owner = owner;
        this.routine = routine;
    }

    long value() {
        return value;
    }

    CallerState owner() {
        return owner;
    }

    /** The routine AttachEx registered, or {@code null}. */
    ShutdownRoutine routine() {
        return routine;
    }

    boolean isDetached() {
        return detached;
    }

    void detach() {
        detached = true;
    }
}
