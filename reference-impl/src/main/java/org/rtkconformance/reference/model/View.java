package org.rtkconformance.reference.model;

/**
 * A view of an object in one caller's address space: a page-aligned range of which the first
 * {@code accessible} bytes reach the object's memory. It counts its mappings so that a re-open may reuse
 * it (D-18.B); it is unmapped when the count reaches zero or its object is destroyed.
 */
final class View {

    private final long base;
    private final long accessible;
    private final RtssObject object;
    private final boolean writable;
    private final long instance;
    private final ViewTable owner;
    private int mappings = 1;

    View(ViewTable owner, long base, long accessible, RtssObject object, boolean writable, long instance) {
        this.owner = owner;
        this.base = base;
        this.accessible = accessible;
        this.object = object;
        this.writable = writable;
        this.instance = instance;
    }

    /** The table of the caller whose address space holds the view. */
    ViewTable owner() {
        return owner;
    }

    long base() {
        return base;
    }

    long accessible() {
        return accessible;
    }

    RtssObject object() {
        return object;
    }

    boolean writable() {
        return writable;
    }

    /** The RtssInst value the view was mapped through (D-14.C and D-16.A release views per instance). */
    long instance() {
        return instance;
    }

    boolean isMapped() {
        return mappings > 0;
    }

    /** The view with one more mapping: a re-open reusing it (D-18.B). */
    View withAnotherMapping() {
        mappings++;
        return this;
    }

    /** Drops one mapping; whether none is left. */
    boolean dropMapping() {
        mappings--;
        return mappings == 0;
    }

    /** Drops every mapping: the view is gone whatever its count (its object was destroyed). */
    void unmapAll() {
        mappings = 0;
    }

    /** Whether {@code address}, not below the base, lies in the accessible part. */
    boolean contains(long address) {
        return Long.compareUnsigned(address - base, accessible) < 0;
    }
}
