package org.rtkconformance.adapter.api;

import java.util.Objects;

/**
 * What an {@code RtkCreateSharedMemory} or {@code RtkOpenSharedMemory} call returned and wrote.
 *
 * @param status     the NTSTATUS returned
 * @param handle     what was written through {@code SharedMemoryHandle}
 * @param location   what was written through {@code location}
 * @param nativeCode the native error behind the status (errno, GetLastError), 0 when none or unknown
 */
public record SharedMemoryResult(NtStatus status, Out<Handle> handle, Out<Address> location, long nativeCode) {

    public SharedMemoryResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(location, "location");
    }

    /** A result with no native code behind it. */
    public static SharedMemoryResult of(NtStatus status, Out<Handle> handle, Out<Address> location) {
        return new SharedMemoryResult(status, handle, location, 0);
    }

    /** A failure that wrote neither out-parameter. */
    public static SharedMemoryResult failed(NtStatus status) {
        return of(status, Out.untouched(), Out.untouched());
    }

    @Override
    public String toString() {
        return status + ", *SharedMemoryHandle=" + handle + ", *location=" + location
                + (nativeCode != 0 ? ", native=" + nativeCode : "");
    }
}
