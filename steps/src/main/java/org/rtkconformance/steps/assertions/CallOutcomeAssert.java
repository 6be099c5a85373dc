package org.rtkconformance.steps.assertions;

import java.util.List;

import org.assertj.core.api.AbstractAssert;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.SharedMemoryResult;

/** Checks on what one RTKAPI call returned; every failure names the statements, the call, expected, actual and backend. */
public final class CallOutcomeAssert extends AbstractAssert<CallOutcomeAssert, CallOutcome> {

    /** The failure codes the page lists (OPEN-RET-2). */
    public static final List<NtStatus> DOCUMENTED_FAILURES = List.of(NtStatus.STATUS_INVALID_PARAMETER,
            NtStatus.STATUS_UNSUCCESSFUL, NtStatus.STATUS_INVALID_HANDLE, NtStatus.STATUS_NO_MEMORY,
            NtStatus.STATUS_NO_SUCH_DEVICE);

    CallOutcomeAssert(CallOutcome actual) {
        super(actual, CallOutcomeAssert.class);
    }

    /** The call returned exactly {@code expected}. */
    public CallOutcomeAssert hasStatus(NtStatus expected) {
        isNotNull();
        if (!actual.status().equals(expected)) {
            fail(expected.toString());
        }
        return this;
    }

    /** The call succeeded in the NT_SUCCESS sense. */
    public CallOutcomeAssert succeeded() {
        isNotNull();
        if (!actual.status().isSuccess()) {
            fail("a success status (NT_SUCCESS)");
        }
        return this;
    }

    /** The call failed (not NT_SUCCESS). */
    public CallOutcomeAssert failed() {
        isNotNull();
        if (actual.status().isSuccess()) {
            fail("a failure status");
        }
        return this;
    }

    /** The call failed with one of the five codes the page lists. */
    public CallOutcomeAssert failedWithDocumentedCode() {
        failed();
        if (!DOCUMENTED_FAILURES.contains(actual.status())) {
            fail("one of " + DOCUMENTED_FAILURES);
        }
        return this;
    }

    /** The call wrote a non-NULL handle through {@code SharedMemoryHandle} and a non-NULL address through {@code location}. */
    public CallOutcomeAssert deliveredHandleAndView() {
        SharedMemoryResult result = result();
        if (!result.handle().written() || result.handle().value().value() == 0) {
            fail("a non-NULL handle written through SharedMemoryHandle");
        }
        if (!result.location().written() || result.location().value().value() == 0) {
            fail("a non-NULL address written through location");
        }
        return this;
    }

    /** The call wrote neither out-parameter. */
    public CallOutcomeAssert leftOutParametersUntouched() {
        SharedMemoryResult result = result();
        if (result.handle().written() || result.location().written()) {
            fail("*SharedMemoryHandle and *location left untouched");
        }
        return this;
    }

    /** The call wrote NULL through both out-parameters. */
    public CallOutcomeAssert wroteNullOutParameters() {
        SharedMemoryResult result = result();
        boolean nullHandle = result.handle().written() && result.handle().value().value() == 0;
        boolean nullLocation = result.location().written() && result.location().value().value() == 0;
        if (!nullHandle || !nullLocation) {
            fail("NULL written through SharedMemoryHandle and through location");
        }
        return this;
    }

    /**
     * The call handed out nothing: each out-parameter is left untouched or set to NULL, which every reading of
     * D-11 allows after a failure; a non-NULL value would be a handle or a view the caller does not know it has.
     */
    public CallOutcomeAssert deliveredNothing() {
        SharedMemoryResult result = result();
        boolean handleGiven = result.handle().written() && result.handle().value().value() != 0;
        boolean viewGiven = result.location().written() && result.location().value().value() != 0;
        if (handleGiven || viewGiven) {
            fail("*SharedMemoryHandle and *location each left untouched or set to NULL");
        }
        return this;
    }

    private SharedMemoryResult result() {
        isNotNull();
        return actual.result().orElseThrow(() -> new IllegalStateException(
                "The last call (" + actual.call() + ") has no out-parameters to check: the feature asks about the wrong call"));
    }

    private void fail(String expected) {
        failWithMessage("%s", ConformanceFailure.message(actual.verdict(), actual.call(), expected, actual.actual()));
    }
}
