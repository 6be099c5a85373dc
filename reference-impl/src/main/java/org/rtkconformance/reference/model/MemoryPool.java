package org.rtkconformance.reference.model;

/**
 * The memory shared-memory objects are allocated from (non-paged memory from ExtMSpace [S17]): a fixed
 * budget per session; an allocation beyond it fails, which Create reports as STATUS_NO_MEMORY (D-17).
 */
final class MemoryPool {

    private final long limit;
    private long used;

    MemoryPool(long limit) {
        this.limit = limit;
    }

    /** Takes {@code bytes} from the pool; whether there were enough. */
    boolean take(long bytes) {
        if (bytes > limit - used) {
            return false;
        }
        used += bytes;
        return true;
    }

    void give(long bytes) {
        used -= bytes;
    }

    long used() {
        return used;
    }
}
