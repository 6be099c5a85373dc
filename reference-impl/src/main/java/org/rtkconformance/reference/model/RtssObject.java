package org.rtkconformance.reference.model;

import java.util.LinkedHashSet;
import java.util.Set;

import org.rtkconformance.adapter.api.ObjectInfo;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.reference.rules.NameKey;

/**
 * One RTSS object: its kind, its name if any, its reference count (open handles across callers), the
 * views of it, and for shared memory the memory itself, one array every view reads and writes.
 */
final class RtssObject {

    private final ObjectKind kind;
    private final NameKey key;
    private final String name;
    private final long size;
    private final int protect;
    private final byte[] memory;
    private final Set<View> views = new LinkedHashSet<>();
    private int handleCount;

    private RtssObject(ObjectKind kind, NameKey key, String name, long size, int protect, byte[] memory) {
        this.kind = kind;
        this.key = key;
        this.name = name;
        this.size = size;
        this.protect = protect;
        this.memory = memory;
    }

    /** A shared-memory object of {@code size} bytes backed by {@code memory} (zero-filled, as allocated). */
    static RtssObject sharedMemory(NameKey key, String name, long size, int protect, byte[] memory) {
        return new RtssObject(ObjectKind.SHARED_MEMORY, key, name, size, protect, memory);
    }

    /** An event, mutex or semaphore: a named object without memory. */
    static RtssObject withoutMemory(ObjectKind kind, NameKey key, String name) {
        return new RtssObject(kind, key, name, 0, 0, new byte[0]);
    }

    ObjectKind kind() {
        return kind;
    }

    /** The namespace key, or {@code null} for an unnamed object. */
    NameKey key() {
        return key;
    }

    long size() {
        return size;
    }

    /** The Protect argument the object was created with (D-3.B checks it). */
    int protect() {
        return protect;
    }

    byte[] memory() {
        return memory;
    }

    Set<View> views() {
        return views;
    }

    int handleCount() {
        return handleCount;
    }

    void addHandle() {
        handleCount++;
    }

    void removeHandle() {
        handleCount--;
    }

    ObjectInfo info() {
        return new ObjectInfo(kind, name == null ? null : UnicodeString.of(name), size, handleCount, views.size());
    }
}
