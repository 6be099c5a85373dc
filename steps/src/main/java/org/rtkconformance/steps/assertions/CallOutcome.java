package org.rtkconformance.steps.assertions;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.SharedMemoryResult;

/**
 * One RTKAPI call a scenario made and what it returned.
 *
 * @param verdict  the statements and backend it is judged against
 * @param callText renders the call as C source would read ({@code OpenSharedMemoryCall.toString()}); only a
 *                 message needs it, so a passing step never pays for rendering names and arguments
 * @param status   the status returned
 * @param result   for Create and Open, what the out-parameters received
 */
public record CallOutcome(Verdict verdict, Supplier<String> callText, NtStatus status,
                          Optional<SharedMemoryResult> result) {

    public CallOutcome {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(callText, "callText");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(result, "result");
    }

    /** An outcome whose call is already written out. */
    public CallOutcome(Verdict verdict, String call, NtStatus status, Optional<SharedMemoryResult> result) {
        this(verdict, constant(Objects.requireNonNull(call, "call")), status, result);
    }

    private static Supplier<String> constant(String call) {
        return () -> call;
    }

    /** The call as C source would read it. */
    public String call() {
        return callText.get();
    }

    /** What the backend did, for messages: the status and, for Create and Open, the out-parameters. */
    public String actual() {
        return result.map(SharedMemoryResult::toString).orElse(status.toString());
    }
}
