package org.rtkconformance.steps;

import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.RtssInst;

/** One caller of a scenario and what the scenario knows about it: its instance, and whether it still runs. */
final class Participant {

    private final Caller caller;
    private RtssInst instance = RtssInst.ZERO;
    private boolean detached;
    private boolean terminated;

    Participant(Caller caller) {
        this.caller = caller;
    }

    Caller caller() {
        return caller;
    }

    String name() {
        return caller.name();
    }

    RtssInst instance() {
        return instance;
    }

    void attached(RtssInst value) {
        instance = value;
    }

    boolean isDetached() {
        return detached;
    }

    void detached() {
        detached = true;
    }

    boolean isTerminated() {
        return terminated;
    }

    void terminated() {
        terminated = true;
    }

    /**
     * Whether the harness may still call through it to clean up: a detached instance is tried too, since
     * some readings keep it usable (D-22.B); a failed cleanup call is harmless, a skipped one leaks.
     */
    boolean canCall() {
        return !terminated && instance.value() != 0;
    }
}
