package org.rtkconformance.adapter.api;

/**
 * A {@code HANDLE} value as a call writes it or a caller passes it.
 *
 * @param value the raw 64-bit value
 */
public record Handle(long value) {

    /** The NULL handle. */
    public static final Handle NULL = new Handle(0);

    @Override
    public String toString() {
        return "HANDLE 0x" + Long.toHexString(value).toUpperCase(java.util.Locale.ROOT);
    }
}
