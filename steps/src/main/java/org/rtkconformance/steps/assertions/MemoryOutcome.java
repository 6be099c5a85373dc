package org.rtkconformance.steps.assertions;

import org.rtkconformance.adapter.api.MemoryAccess;

/**
 * One read or write through a view and its outcome.
 *
 * @param verdict   the statements and backend it is judged against
 * @param operation the access as written ({@code driver A writes 5 bytes at 0x1000+0})
 * @param access    what happened
 */
public record MemoryOutcome(Verdict verdict, String operation, MemoryAccess access) {
}
