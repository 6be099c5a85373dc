package org.rtkconformance.reference.model;

import org.rtkconformance.reference.rules.ReferenceRules;

/**
 * Hands out page-aligned view addresses for a whole session: never reused and followed by an unmapped
 * guard page, so a stale or overrun address is never inside another view, and an address from one
 * caller is never mapped in another.
 */
final class AddressAllocator {

    private static final long PAGE = ReferenceRules.PAGE_SIZE;
    /** Where views start: system space, as a driver's views would be. */
    private static final long FIRST = 0xFFFF_A000_0000_0000L;

    private long next = FIRST;

    /** A fresh range of {@code length} bytes rounded up to whole pages, followed by a guard page. */
    long reserve(long length) {
        long base = next;
        next += (length + PAGE - 1) / PAGE * PAGE + PAGE;
        return base;
    }
}
