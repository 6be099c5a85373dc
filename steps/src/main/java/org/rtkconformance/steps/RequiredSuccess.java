package org.rtkconformance.steps;

import java.util.List;

import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.RtkConstants;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.steps.assertions.CallOutcome;
import org.rtkconformance.steps.assertions.ConformanceFailure;

/**
 * A Given step's create or open that a documented rule requires to succeed (a legal name, a legal size,
 * a documented access, an attached caller, no forced fault): when the backend refuses it, that is a FAIL
 * of the rule, not a broken harness. Any other refused Given stays a failed precondition (UNRESOLVED).
 */
final class RequiredSuccess {

    /** The longest legal name, in UTF-16 code units (OPEN-NAME-3). */
    private static final int NAME_LIMIT = 260;

    private RequiredSuccess() {
    }

    /** Throws the FAIL or the precondition failure for a Given create that did not deliver a handle and a view. */
    static void ofCreate(World world, Participant caller, CreateSharedMemoryCall call, CallOutcome outcome) {
        if (delivered(outcome)) {
            return;
        }
        boolean legal = call.protect() == RtkConstants.PAGE_READWRITE && call.maximumSizeHigh() == 0
                && call.maximumSizeLow() != 0 && call.handlePointer() && call.locationPointer()
                && isLegalName(call.name()) && canCallFreely(world, caller);
        if (!legal) {
            throw new PreconditionFailedException(outcome.call() + " returned " + outcome.actual());
        }
        throw new AssertionError(ConformanceFailure.message(world.verdict().about(List.of("CREATE-NAME-1", "CREATE-SIZE-1")),
                outcome.call() + " (a Given step)", "STATUS_SUCCESS or STATUS_OBJECT_NAME_EXISTS with a handle and a view:"
                        + " the name and the size are legal and nothing else stands in the way", outcome.actual()));
    }

    /**
     * The same for a Given open with SHM_MAP_READ or SHM_MAP_WRITE; {@code objectHeld}: a handle to the
     * object was open before the call, so the object exists.
     */
    static void ofOpen(World world, Participant caller, OpenSharedMemoryCall call, CallOutcome outcome,
                       boolean objectHeld) {
        if (delivered(outcome)) {
            return;
        }
        boolean legal = (call.desiredAccess() == RtkConstants.SHM_MAP_READ || call.desiredAccess() == RtkConstants.SHM_MAP_WRITE)
                && call.handlePointer() && call.locationPointer() && isLegalName(call.name())
                && objectHeld && canCallFreely(world, caller);
        if (!legal) {
            throw new PreconditionFailedException(outcome.call() + " returned " + outcome.actual());
        }
        throw new AssertionError(ConformanceFailure.message(world.verdict().about(List.of("OPEN-PURPOSE-1")),
                outcome.call() + " (a Given step)", "STATUS_SUCCESS with a handle and a view: the object exists (the"
                        + " scenario holds " + ObjectLifetime.describe(world.openHandlesTo(call.name())) + ")",
                outcome.actual()));
    }

    private static boolean delivered(CallOutcome outcome) {
        return outcome.status().isSuccess()
                && outcome.result().map(r -> r.handle().written() && r.location().written()).orElse(false);
    }

    private static boolean isLegalName(UnicodeString name) {
        return name != null && name.isWellFormed() && !name.text().isEmpty() && name.text().length() <= NAME_LIMIT
                && name.text().indexOf('\\') < 0 && name.text().indexOf('\0') < 0;
    }

    private static boolean canCallFreely(World world, Participant caller) {
        return !world.hasForcedFault() && !caller.isDetached() && !caller.isTerminated();
    }
}
