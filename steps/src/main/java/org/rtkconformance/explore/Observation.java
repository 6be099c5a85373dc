package org.rtkconformance.explore;

import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.NtStatus;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * What one action showed, through the documented calls only: the status, which out-parameters were written,
 * the outcome and bytes of a memory access, or that the backend broke. Handle values and addresses are not
 * part of it (two correct implementations hand out different ones).
 *
 * @param kind             what sort of outcome this is
 * @param status           the status returned, for calls
 * @param handleWritten    whether *SharedMemoryHandle was written (create and open)
 * @param locationWritten  whether *location was written (create and open)
 * @param access           the outcome of a read or write
 * @param bytes            the bytes a read returned; for {@link Kind#COUNT}, the count in one byte
 * @param detail           what broke, for {@link Kind#BROKE}
 */
public record Observation(Kind kind, NtStatus status, boolean handleWritten, boolean locationWritten,
                          MemoryAccess.Outcome access, byte[] bytes, String detail) {

    /** The sorts of outcome. */
    public enum Kind {
        /** A call with a status. */
        CALL,
        /** A read or write through a view. */
        MEMORY,
        /** The caller was terminated. */
        TERMINATED,
        /** A harness action with no outcome of its own (an IRQL set, a fault forced). */
        DONE,
        /** How many distinct addresses a caller's views of a name are at. */
        COUNT,
        /** The step could not be resolved (no such handle or view in the scenario's bookkeeping): not run. */
        SKIPPED,
        /** The backend broke: a crash, a hang, garbage (BackendFailureException or any exception). */
        BROKE,
        /**
         * An access through a view when a later mapping of the same driver starts within 8 KiB of its base: the
         * view is gone and its address reused (a dangling pointer in C), or the 8 bytes read across the end of
         * a one-page view reach the next mapping. Either way it shows another mapping, so it is compared with nothing.
         */
        UNDEFINED
    }

    static Observation call(NtStatus status) {
        return new Observation(Kind.CALL, status, false, false, null, null, "");
    }

    static Observation call(NtStatus status, boolean handleWritten, boolean locationWritten) {
        return new Observation(Kind.CALL, status, handleWritten, locationWritten, null, null, "");
    }

    /**
     * A read or write; {@code acrossViewEnd} when it may run across the end of the view, where the page says
     * nothing of which fault comes first (the read-only page or the unmapped one): a fault is then recorded as
     * {@link MemoryAccess.Outcome#NOT_MAPPED} whichever the backend reported, and the detail keeps what it said.
     */
    static Observation memory(MemoryAccess access, boolean acrossViewEnd) {
        MemoryAccess.Outcome outcome = acrossViewEnd && access.outcome() != MemoryAccess.Outcome.OK
                ? MemoryAccess.Outcome.NOT_MAPPED : access.outcome();
        return new Observation(Kind.MEMORY, null, false, false, outcome, access.data(), access.outcome().name());
    }

    static Observation terminated() {
        return new Observation(Kind.TERMINATED, null, false, false, null, null, "");
    }

    static Observation done() {
        return new Observation(Kind.DONE, null, false, false, null, null, "");
    }

    static Observation count(long distinct) {
        return new Observation(Kind.COUNT, null, false, false, null, new byte[] {(byte) distinct}, "");
    }

    static Observation undefined() {
        return new Observation(Kind.UNDEFINED, null, false, false, null, null, "");
    }

    static Observation skipped() {
        return new Observation(Kind.SKIPPED, null, false, false, null, null, "");
    }

    static Observation broke(Throwable failure) {
        return new Observation(Kind.BROKE, null, false, false, null, null,
                failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    /**
     * Whether a sequence can be compared no further after {@code action}: an unmap whose outcome one side
     * could not compare (its address was reused) may have left the two sides' bookkeeping of views different,
     * and such a write may have landed in the mapping now at that address, which a later read then shows
     * (found by seed 5 against posix: a write through a destroyed view's reused address, read back by another
     * caller of the object mapped there).
     */
    static boolean endsComparison(Action action, Observation reference, Observation backend) {
        boolean changesViewsOrMemory = action.kind() == Action.Kind.UNMAP || action.kind() == Action.Kind.UNMAP_AGAIN
                || action.kind() == Action.Kind.WRITE;
        return changesViewsOrMemory && (reference.kind == Kind.UNDEFINED || backend.kind == Kind.UNDEFINED);
    }

    /** Whether the backend's {@code shown} contradicts this, the reference's observation: a divergence. */
    public boolean contradictedBy(Observation shown) {
        return kind != Kind.UNDEFINED && shown.kind != Kind.UNDEFINED && !sameAs(shown);
    }

    /** Whether two backends showed the same thing (the detail of a break is not compared). */
    public boolean sameAs(Observation other) {
        return kind == other.kind && java.util.Objects.equals(status, other.status)
                && handleWritten == other.handleWritten && locationWritten == other.locationWritten
                && access == other.access && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Observation && sameAs((Observation) other);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, status, handleWritten, locationWritten, access) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        switch (kind) {
            case CALL:
                return status.name() + (handleWritten ? ", *SharedMemoryHandle written" : "")
                        + (locationWritten ? ", *location written" : "");
            case MEMORY:
                return access + (bytes.length > 0 ? " " + HexFormat.of().formatHex(bytes) : "");
            case COUNT:
                return bytes[0] + " distinct address(es)";
            case BROKE:
                return "the backend broke (" + detail + ")";
            default:
                return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
