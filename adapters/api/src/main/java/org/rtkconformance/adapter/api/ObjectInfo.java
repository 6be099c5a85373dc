package org.rtkconformance.adapter.api;

/**
 * A named or unnamed object as introspection sees it.
 *
 * @param kind        the object's kind
 * @param name        the object's name, or {@code null} for an unnamed object
 * @param size        the size in bytes (0 for objects without memory)
 * @param handleCount the open handles to it, across callers: its reference count
 * @param viewCount   the views of it still mapped, across callers
 */
public record ObjectInfo(ObjectKind kind, UnicodeString name, long size, int handleCount, int viewCount) {
}
