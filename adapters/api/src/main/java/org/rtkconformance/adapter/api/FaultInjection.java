package org.rtkconformance.adapter.api;

/** Forcing failure conditions; the {@link Capability#FAULT_INJECTION} capability. */
public interface FaultInjection {

    /** From now on, until {@link #clear()}, the backend behaves as under {@code fault}. */
    void inject(Fault fault);

    /** Removes every injected fault. */
    void clear();
}
