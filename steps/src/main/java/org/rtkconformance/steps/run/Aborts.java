package org.rtkconformance.steps.run;

import org.opentest4j.TestAbortedException;
import org.rtkconformance.adapter.api.CapabilityMissingException;

/**
 * The two ways a scenario is aborted instead of judged (docs/architecture.md): the message prefix is
 * what the results listener classifies by.
 */
public final class Aborts {

    public static final String UNSUPPORTED = "UNSUPPORTED: ";
    public static final String NOT_APPLICABLE = "NOT_APPLICABLE: ";

    private Aborts() {
    }

    /** The backend lacks a capability, an API version or the machine it needs. */
    public static TestAbortedException unsupported(String reason) {
        return new TestAbortedException(UNSUPPORTED + reason);
    }

    /** The scenario pins a reading the backend does not declare. */
    public static TestAbortedException notApplicable(String reason) {
        return new TestAbortedException(NOT_APPLICABLE + reason);
    }

    /** The abort for a capability the backend reported missing, naming the capability first. */
    public static TestAbortedException unsupported(CapabilityMissingException missing) {
        TestAbortedException abort = unsupported(missing.capability() + " (" + missing.getMessage() + ")");
        abort.initCause(missing);
        return abort;
    }
}
