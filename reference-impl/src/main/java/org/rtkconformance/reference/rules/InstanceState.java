package org.rtkconformance.reference.rules;

/** What an RtssInst value is to the caller that passes it; D-22 decides which states are valid. */
public enum InstanceState {
    /** The value 0, which Attach writes on failure. */
    ZERO,
    /** A value Attach never returned to this caller (including one returned to another caller). */
    NEVER_ISSUED,
    /** A value Attach returned to this caller and that is not detached. */
    LIVE,
    /** A value Attach returned to this caller that has been detached since. */
    DETACHED
}
