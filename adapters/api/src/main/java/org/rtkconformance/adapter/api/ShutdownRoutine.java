package org.rtkconformance.adapter.api;

/** The routine {@code RtkRtssAttachEx} registers: called when the subsystem or system shuts down. */
@FunctionalInterface
public interface ShutdownRoutine {

    /** Reason 1: the RTX subsystem is shutting down. */
    int SHTDN_REASON_RTX_SYSTEM_SHUTDOWN = 1;
    /** Reason 2: Windows is shutting down. */
    int SHTDN_REASON_WINDOWS_SYSTEM_SHUTDOWN = 2;

    /** Called with the shutdown reason, as {@code Routine(Context, reason)}. */
    void onShutdown(int reason);
}
