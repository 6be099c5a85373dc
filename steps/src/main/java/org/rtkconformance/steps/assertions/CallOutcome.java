package org.rtkconformance.steps.assertions;

import java.util.Objects;
import java.util.Optional;

import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.SharedMemoryResult;

/**
 * One RTKAPI call a scenario made and what it returned.
 *
 * @param verdict the statements and backend it is judged against
 * @param call    the call as C source would read ({@code OpenSharedMemoryCall.toString()})
 * @param status  the status returned
 * @param result  for Create and Open, what the out-parameters received
 */
public record CallOutcome(Verdict verdict, String call, NtStatus status, Optional<SharedMemoryResult> result) {

    public CallOutcome {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(result, "result");
    }

    /** What the backend did, for messages: the status and, for Create and Open, the out-parameters. */
    public String actual() {
        return result.map(SharedMemoryResult::toString).orElse(status.toString());
    }
}
