package org.rtkconformance.adapter.api;

/** A condition fault injection can force, to reach the failure statuses a healthy system rarely gives. */
public enum Fault {
    /** Allocating object memory or mapping a view fails for lack of memory. */
    MEMORY_EXHAUSTED,
    /** The RTSS subsystem has stopped: no call reaches it. */
    RTSS_STOPPED,
    /** An internal failure with no more specific status (the generic STATUS_UNSUCCESSFUL path). */
    INTERNAL_FAILURE
}
