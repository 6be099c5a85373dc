package org.rtkconformance.adapter.api;

/**
 * An {@code RTSSINST} value (a {@code ULONG_PTR}) as a caller passes it, valid or not.
 *
 * @param value the raw 64-bit value; 0 is the value an attach writes on failure
 */
public record RtssInst(long value) {

    /** The value 0, never a valid instance. */
    public static final RtssInst ZERO = new RtssInst(0);

    @Override
    public String toString() {
        return "RTSSINST 0x" + Long.toHexString(value).toUpperCase(java.util.Locale.ROOT);
    }
}
