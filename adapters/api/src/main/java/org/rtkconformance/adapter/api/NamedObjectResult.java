package org.rtkconformance.adapter.api;

import java.util.Objects;

/**
 * What creating a named event, mutex or semaphore returned.
 *
 * @param status the NTSTATUS returned
 * @param handle what was written through the handle out-pointer
 */
public record NamedObjectResult(NtStatus status, Out<Handle> handle) {

    public NamedObjectResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(handle, "handle");
    }
}
