package org.rtkconformance.steps;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.RtkConstants;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;

/**
 * The calls of a concurrency trial, each answering what it returned in words a failure can quote. Racers
 * run them on threads of their own, so nothing here touches the World; the trial tells the World what is
 * left once the race is over.
 */
final class RacingCalls {

    /** A handle and a view one caller obtained. */
    record Held(Participant owner, UnicodeString name, Handle handle, Address view) {
    }

    /** What a create or an open returned, and what it gave when it succeeded with both out-parameters written. */
    record Attempt(String call, NtStatus status, Optional<Held> held) {
        String describe() {
            return call + " returned " + status + (status.isSuccess() && held.isEmpty() ? " without a handle and a view" : "");
        }
    }

    private final boolean unmapFirst;

    /** @param unmapFirst whether the backend has RtkUnMapSharedMemory (D-14): then a release unmaps before it closes */
    RacingCalls(boolean unmapFirst) {
        this.unmapFirst = unmapFirst;
    }

    /** The bytes a trial's writer leaves in its object: distinct per trial and per writer, never zero. */
    static byte[] mark(String writer, int trial) {
        return ("mark of driver " + writer + ", trial " + trial).getBytes(StandardCharsets.US_ASCII);
    }

    Attempt create(Participant caller, UnicodeString name, long size) {
        CreateSharedMemoryCall call = CreateSharedMemoryCall.of(caller.instance(), size, name);
        return attempt("RtkCreateSharedMemory(" + name.describe() + ", " + size + " bytes) by driver " + caller.name(),
                caller, name, caller.caller().rtkCreateSharedMemory(call));
    }

    Attempt open(Participant caller, UnicodeString name, int access) {
        OpenSharedMemoryCall call = OpenSharedMemoryCall.of(caller.instance(), access, name);
        return attempt("RtkOpenSharedMemory(" + name.describe() + ", " + access + ") by driver " + caller.name(),
                caller, name, caller.caller().rtkOpenSharedMemory(call));
    }

    private static Attempt attempt(String call, Participant caller, UnicodeString name, SharedMemoryResult result) {
        boolean delivered = result.status().isSuccess() && result.handle().written() && result.location().written();
        return new Attempt(call, result.status(), delivered
                ? Optional.of(new Held(caller, name, result.handle().value(), result.location().value()))
                : Optional.empty());
    }

    /** Writes {@code data} at {@code offset}; what went wrong, or empty. */
    Optional<String> write(Held held, long offset, byte[] data) {
        MemoryAccess access = held.owner().caller().write(held.view(), offset, data);
        return access.outcome() == MemoryAccess.Outcome.OK ? Optional.empty()
                : Optional.of("a write through driver " + held.owner().name() + "'s view of " + held.name().describe()
                        + " found " + access);
    }

    /** Reads {@code expected.length} bytes at {@code offset}; how they differ from {@code expected}, or empty. */
    Optional<String> expect(Held held, long offset, byte[] expected) {
        MemoryAccess access = held.owner().caller().read(held.view(), offset, expected.length);
        String where = "driver " + held.owner().name() + "'s view of " + held.name().describe() + " at offset " + offset;
        if (access.outcome() != MemoryAccess.Outcome.OK) {
            return Optional.of("a read of " + where + " found " + access);
        }
        if (!Arrays.equals(access.data(), expected)) {
            return Optional.of(where + " holds \"" + printable(access.data()) + "\" where \""
                    + printable(expected) + "\" was written");
        }
        return Optional.empty();
    }

    /** Unmaps (where the backend has the call), then closes; the first call that did not succeed, or empty. */
    Optional<String> release(Held held) {
        Participant owner = held.owner();
        if (unmapFirst) {
            NtStatus unmapped = owner.caller().rtkUnMapSharedMemory(owner.instance(), held.view());
            if (!unmapped.isSuccess()) {
                return Optional.of("RtkUnMapSharedMemory(" + held.view() + ") by driver " + owner.name() + " of its view of "
                        + held.name().describe() + " returned " + unmapped);
            }
        }
        return close(held);
    }

    /** Unmaps only, where the backend has the call; the failure, or empty. */
    Optional<String> unmap(Held held) {
        if (!unmapFirst) {
            return Optional.empty();
        }
        Participant owner = held.owner();
        NtStatus unmapped = owner.caller().rtkUnMapSharedMemory(owner.instance(), held.view());
        return unmapped.isSuccess() ? Optional.empty()
                : Optional.of("RtkUnMapSharedMemory(" + held.view() + ") by driver " + owner.name() + " returned " + unmapped);
    }

    /** Closes the handle only; the failure, or empty. */
    Optional<String> close(Held held) {
        Participant owner = held.owner();
        NtStatus closed = owner.caller().rtkCloseHandle(owner.instance(), held.handle());
        return closed.isSuccess() ? Optional.empty()
                : Optional.of("RtkCloseHandle(" + held.handle() + ") by driver " + owner.name() + " of its handle to "
                        + held.name().describe() + " returned " + closed);
    }

    /** An open for reading by {@code prober}, a caller holding nothing. */
    Attempt probe(Participant prober, UnicodeString name) {
        return open(prober, name, RtkConstants.SHM_MAP_READ);
    }

    private static String printable(byte[] data) {
        StringBuilder text = new StringBuilder();
        for (byte b : data) {
            text.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
        }
        return text.toString();
    }
}
