package org.rtkconformance.adapter.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * The outcome of reading or writing bytes through a view, as a harness observes it; a fault is an
 * outcome, never a crash of the harness.
 *
 * @param outcome what happened
 * @param data    the bytes read (empty for a write or a fault)
 * @param detail  what the backend observed, for the report (the signal, the exception code)
 */
public record MemoryAccess(Outcome outcome, byte[] data, String detail) {

    /** What a memory access through a view can come to. */
    public enum Outcome {
        /** The access completed. */
        OK,
        /** The page is mapped but does not allow the access (a write through a read-only view). */
        ACCESS_VIOLATION,
        /** Nothing is mapped at the address (after an unmap, or outside the view). */
        NOT_MAPPED
    }

    public MemoryAccess {
        Objects.requireNonNull(outcome, "outcome");
        data = data == null ? new byte[0] : data.clone();
        detail = detail == null ? "" : detail;
    }

    public static MemoryAccess ok(byte[] data) {
        return new MemoryAccess(Outcome.OK, data, "");
    }

    public static MemoryAccess fault(Outcome outcome, String detail) {
        return new MemoryAccess(outcome, null, detail);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MemoryAccess && ((MemoryAccess) other).outcome == outcome
                && Arrays.equals(((MemoryAccess) other).data, data);
    }

    @Override
    public int hashCode() {
        return 31 * outcome.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return outcome + (data.length > 0 ? " " + data.length + " bytes" : "") + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
