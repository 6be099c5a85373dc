package org.rtkconformance.reference.model;

import java.util.Arrays;

import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.MemoryAccess;

/**
 * Reads and writes through a caller's views, as a harness would observe them: every view of an object
 * reaches the same array, a write through a read-only view is an access violation (D-1.B), and an
 * address outside every view, or past the accessible part (D-21), is not mapped. Never throws for an address.
 */
final class MemoryAccessor {

    MemoryAccess read(CallerState caller, Address base, long offset, int length) {
        checkLength(length);
        long address = base.value() + offset;
        View view = caller.views().containing(address).orElse(null);
        if (view == null) {
            return notMapped(caller, address);
        }
        long start = address - view.base();
        if (length > view.accessible() - start) {
            return pastEnd(view, address, length);
        }
        return MemoryAccess.ok(Arrays.copyOfRange(view.object().memory(), (int) start, (int) start + length));
    }

    MemoryAccess write(CallerState caller, Address base, long offset, byte[] data) {
        long address = base.value() + offset;
        View view = caller.views().containing(address).orElse(null);
        if (view == null) {
            return notMapped(caller, address);
        }
        if (!view.writable()) {
            return MemoryAccess.fault(MemoryAccess.Outcome.ACCESS_VIOLATION, "write to " + hex(address)
                    + " in the read-only view at " + hex(view.base()));
        }
        long start = address - view.base();
        if (data.length > view.accessible() - start) {
            return pastEnd(view, address, data.length);
        }
        System.arraycopy(data, 0, view.object().memory(), (int) start, data.length);
        return MemoryAccess.ok(null);
    }

    private static void checkLength(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("a read length is not negative: " + length);
        }
    }

    private static MemoryAccess notMapped(CallerState caller, long address) {
        return MemoryAccess.fault(MemoryAccess.Outcome.NOT_MAPPED, "no view of " + caller.name() + " contains "
                + hex(address));
    }

    private static MemoryAccess pastEnd(View view, long address, int length) {
        return MemoryAccess.fault(MemoryAccess.Outcome.NOT_MAPPED, length + " bytes at " + hex(address)
                + " run past the " + view.accessible() + " accessible bytes of the view at " + hex(view.base()));
    }

    private static String hex(long address) {
        return new Address(address).toString();
    }
}
