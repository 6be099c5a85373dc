package org.rtkconformance.reference.model;

import org.rtkconformance.reference.rules.Failure;

/**
 * A call is refused for a named {@link Failure}: thrown inside an operation and turned into the status
 * at the call boundary, so each operation reads as the list of its checks. Never leaves the model.
 */
final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Failure failure;

    Refusal(Failure failure) {
        super(failure.name(), null, false, false);
        this.failure = failure;
    }

    Failure failure() {
        return failure;
    }

    /** Refuses the call for {@code failure} unless {@code condition} holds. */
    static void require(boolean condition, Failure failure) {
        if (!condition) {
            throw new Refusal(failure);
        }
    }
}
