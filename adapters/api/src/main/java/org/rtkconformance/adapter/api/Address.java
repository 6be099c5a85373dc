package org.rtkconformance.adapter.api;

/**
 * A virtual address in the caller's address space: the base of a view as {@code *location} receives it.
 *
 * @param value the raw 64-bit address; 0 is NULL
 */
public record Address(long value) {

    /** The NULL address. */
    public static final Address NULL = new Address(0);

    @Override
    public String toString() {
        return "0x" + Long.toHexString(value).toUpperCase(java.util.Locale.ROOT);
    }
}
