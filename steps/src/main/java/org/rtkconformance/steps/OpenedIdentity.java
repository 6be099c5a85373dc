package org.rtkconformance.steps;

import java.util.List;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;

/**
 * What an open that succeeded actually reached, in words for a failure message: when an open had to fail,
 * the vendor needs to know whether it found an object the scenario holds (aliasing, a stale object) or one
 * nobody created, and what that object contains.
 */
final class OpenedIdentity {

    /** How many bytes of the opened view the message shows. */
    private static final int SHOWN = 16;

    private OpenedIdentity() {
    }

    /** Who held an object of that exact name just before the call. */
    static String holdersBefore(List<Opening> held, UnicodeString name) {
        return held.isEmpty() ? "no caller of the scenario held an object named " + name.describe()
                : ObjectLifetime.describe(held) + " held " + name.describe();
    }

    /** The note appended to the call: what its view shows and who held the name before. */
    static String describe(Backend backend, Participant caller, SharedMemoryResult result, String before) {
        StringBuilder note = new StringBuilder(" [it opened an object");
        if (result.location().written() && result.location().value() != null && backend.has(Capability.VIEW_ACCESS)) {
            MemoryAccess head = caller.caller().read(result.location().value(), 0, SHOWN);
            note.append(" whose view starts with ").append(NameProbe.describe(head));
        }
        if (!before.isEmpty()) {
            note.append("; before the call ").append(before);
        }
        return note.append(']').toString();
    }
}
