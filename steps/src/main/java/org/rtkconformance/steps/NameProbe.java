package org.rtkconformance.steps;

import java.util.Optional;

import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.RtkConstants;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;

/**
 * Existence judged through the documented calls alone, from a caller of the harness that holds nothing:
 * whether a name opens, and whether creating it gives a new, zero-filled object of the size asked. Every
 * probe releases what it obtained (unmap where the backend has the call, then close), so it changes no
 * reference count the scenario relies on.
 */
final class NameProbe {

    /** The bytes a fresh object must show as zero at its start: at least the longest text a scenario writes. */
    private static final int ZERO_CHECK_LENGTH = 64;
    /** The page size the second re-creation differs by, so that a view spanning whole pages (D-21.B) still shows it. */
    private static final long PAGE = 4096;

    private final World world;

    NameProbe(World world) {
        this.world = world;
    }

    /** What a probe open of a name found. */
    record Found(boolean opens, String detail) {
    }

    /** Opens {@code name} from the prober and releases what that gave; {@code detail} says what was opened, or the status. */
    Found open(UnicodeString name) {
        Participant prober = world.prober();
        OpenSharedMemoryCall call = OpenSharedMemoryCall.of(prober.instance(), RtkConstants.SHM_MAP_READ, name);
        SharedMemoryResult result = prober.caller().rtkOpenSharedMemory(call);
        if (!result.status().isSuccess()) {
            return new Found(false, "RtkOpenSharedMemory(" + name.describe() + ") by a caller holding nothing returned "
                    + result.status());
        }
        String what = "RtkOpenSharedMemory(" + name.describe() + ") by a caller holding nothing returned " + result.status()
                + describeView(prober, result);
        release(prober, result);
        return new Found(true, what);
    }

    /**
     * Creates {@code name} anew at {@code size} from the prober and checks that the object is new: a success
     * status other than "already exists", zero at its start and readable, as zero, at its last byte. Releases
     * it afterwards, so the name is gone again when the backend destroys at the last close.
     *
     * @return what was wrong with the re-created object, or empty when it is a fresh one
     */
    Optional<String> recreateFresh(UnicodeString name, long size) {
        Participant prober = world.prober();
        CreateSharedMemoryCall call = CreateSharedMemoryCall.of(prober.instance(), size, name);
        SharedMemoryResult result = prober.caller().rtkCreateSharedMemory(call);
        String what = "re-creating " + name.describe() + " at " + size + " bytes by a caller holding nothing";
        if (!result.status().isSuccess() || !result.handle().written() || !result.location().written()) {
            return Optional.of(what + " returned " + result.status() + " with *SharedMemoryHandle="
                    + result.handle() + ", *location=" + result.location());
        }
        try {
            if (result.status().equals(org.rtkconformance.adapter.api.NtStatus.STATUS_OBJECT_NAME_EXISTS)) {
                return Optional.of(what + " returned STATUS_OBJECT_NAME_EXISTS: the old object is still there");
            }
            if (!world.backend().has(Capability.VIEW_ACCESS)) {
                return Optional.empty();
            }
            Address view = result.location().value();
            int head = (int) Math.min(ZERO_CHECK_LENGTH, size);
            MemoryAccess start = prober.caller().read(view, 0, head);
            if (start.outcome() != MemoryAccess.Outcome.OK || !isZero(start.data())) {
                return Optional.of(what + ": the first " + head + " bytes read " + describe(start)
                        + " instead of zeros: the old contents or a stale object");
            }
            MemoryAccess last = prober.caller().read(view, size - 1, 1);
            if (last.outcome() != MemoryAccess.Outcome.OK || !isZero(last.data())) {
                return Optional.of(what + ": its last byte, at offset " + (size - 1) + ", read " + describe(last)
                        + ": the object is not of the size asked");
            }
            return Optional.empty();
        } finally {
            release(prober, result);
        }
    }

    /** A size other than {@code size}, a whole page away, for the second re-creation. */
    static long otherSize(long size) {
        return size > PAGE ? size - PAGE : size + PAGE;
    }

    private String describeView(Participant prober, SharedMemoryResult result) {
        if (!result.location().written() || result.location().value() == null
                || !world.backend().has(Capability.VIEW_ACCESS)) {
            return "";
        }
        MemoryAccess head = prober.caller().read(result.location().value(), 0, 16);
        return "; its view starts with " + describe(head);
    }

    private void release(Participant prober, SharedMemoryResult result) {
        if (world.backend().has(Capability.UNMAP) && result.location().written() && result.location().value() != null) {
            prober.caller().rtkUnMapSharedMemory(prober.instance(), result.location().value());
        }
        if (result.handle().written()) {
            Handle handle = result.handle().value();
            prober.caller().rtkCloseHandle(prober.instance(), handle);
        }
    }

    private static boolean isZero(byte[] data) {
        for (byte b : data) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** The bytes read, as text where printable, else in hex. */
    static String describe(MemoryAccess access) {
        if (access.outcome() != MemoryAccess.Outcome.OK) {
            return access.outcome() + (access.detail().isEmpty() ? "" : " (" + access.detail() + ")");
        }
        StringBuilder text = new StringBuilder("\"");
        for (byte b : access.data()) {
            text.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02x", b & 0xFF));
        }
        return text.append('"').toString();
    }
}
