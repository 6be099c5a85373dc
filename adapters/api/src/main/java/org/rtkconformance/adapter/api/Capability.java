package org.rtkconformance.adapter.api;

/**
 * An optional ability of a backend. A scenario that needs a capability the backend does not declare is
 * reported UNSUPPORTED with the capability's name, never passed.
 */
public enum Capability {
    /** More than one caller (driver or process) in one scenario. */
    MULTIPLE_CALLERS("several callers in one scenario"),
    /** Reading and writing bytes through a view, faults reported as outcomes. */
    VIEW_ACCESS("reading and writing bytes through a view"),
    /** Terminating a caller as the system would a process, releasing what it held. */
    CALLER_TERMINATION("terminating a caller"),
    /** Looking up objects, their reference counts, handles and views. */
    INTROSPECTION("introspection of objects, handles and views"),
    /** Forcing memory exhaustion or a stopped subsystem. */
    FAULT_INJECTION("fault injection (memory exhausted, RTSS stopped)"),
    /** Setting the IRQL a caller calls at, checked as a driver verifier would. */
    IRQL_CONTROL("running a call at a chosen IRQL"),
    /** {@code RtkUnMapSharedMemory} exists (D-14). */
    UNMAP("RtkUnMapSharedMemory"),
    /** {@code RtkRtssAttachEx} with a shutdown routine. */
    ATTACH_EX("RtkRtssAttachEx"),
    /** Creating named events, mutexes and semaphores in the shared namespace. */
    NAMED_OBJECTS_OF_OTHER_KINDS("named events, mutexes and semaphores"),
    /** The backend ships its own {@code RtkApi.h} to compile a probe against. */
    NATIVE_HEADER("a native RtkApi.h header and library");

    private final String description;

    Capability(String description) {
        this.description = description;
    }

    /** What the capability is, in words a report reader understands. */
    public String description() {
        return description;
    }
}
