package org.rtkconformance.steps.results;

import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import org.rtkconformance.steps.run.Aborts;

/** The five result classes of docs/architecture.md, and the one rule that gives each. */
public enum ResultClass {
    PASS, FAIL, UNRESOLVED, UNSUPPORTED, NOT_APPLICABLE;

    /**
     * The class of a finished scenario: only an {@link AssertionError} is a FAIL; an abort is classified by
     * its message prefix; anything else that did not pass (an exception, an undefined step, a skip without a
     * reason) is UNRESOLVED, because nothing that did not run counts as a pass.
     */
    public static ResultClass of(Result result) {
        Status status = result.getStatus();
        Throwable error = result.getError();
        if (status == Status.PASSED) {
            return PASS;
        }
        if (status == Status.FAILED) {
            return error instanceof AssertionError ? FAIL : UNRESOLVED;
        }
        if (status == Status.SKIPPED && error != null && error.getMessage() != null) {
            if (error.getMessage().startsWith(Aborts.UNSUPPORTED)) {
                return UNSUPPORTED;
            }
            if (error.getMessage().startsWith(Aborts.NOT_APPLICABLE)) {
                return NOT_APPLICABLE;
            }
        }
        return UNRESOLVED;
    }

    /** The message a report shows for {@code result}: the error's, or why a non-passing scenario has none. */
    public static String messageOf(Result result) {
        Throwable error = result.getError();
        if (error != null) {
            return error.getMessage() != null ? error.getMessage() : error.getClass().getName();
        }
        switch (result.getStatus()) {
            case PASSED:
                return null;
            case UNDEFINED:
                return "A step has no definition: the feature uses words the glue does not know";
            case PENDING:
                return "A step is marked pending";
            case AMBIGUOUS:
                return "A step matches more than one definition";
            default:
                return "The scenario did not run (" + result.getStatus() + ")";
        }
    }
}
