package org.rtkconformance.steps;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.rtkconformance.adapter.api.AttachResult;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.RtssInst;

/** One caller of a scenario and what the scenario knows about it: its instance, and whether it still runs. */
final class Participant {

    private final Caller caller;
    private RtssInst instance = RtssInst.ZERO;
    private boolean detached;
    private boolean terminated;
    private AttachResult lastAttach;
    // A backend may call the routine from a thread of its own (an agent's reader), hence a concurrent list.
    private final List<Integer> shutdownReasons = new CopyOnWriteArrayList<>();

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

    /** What the caller's last attach returned and wrote, or {@code null} before any. */
    AttachResult lastAttach() {
        return lastAttach;
    }

    void attachReturned(AttachResult result) {
        lastAttach = result;
    }

    /** The reasons the caller's RtkRtssAttachEx routine has been called with, in order. */
    List<Integer> shutdownReasons() {
        return List.copyOf(shutdownReasons);
    }

    /** The routine the kit registers with RtkRtssAttachEx: it only records the reason, as a driver would log it. */
    void shutdownRoutineCalled(int reason) {
        shutdownReasons.add(reason);
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
