package org.rtkconformance.steps;

/**
 * A Given step could not set the scene (an attach or a create the scenario relies on failed): the
 * scenario is UNRESOLVED, because the statement under test was never exercised.
 */
public final class PreconditionFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PreconditionFailedException(String message) {
        super("Precondition failed: " + message);
    }
}
