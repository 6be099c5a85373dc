package org.rtkconformance.adapter.api;

import java.util.Objects;

/**
 * What a call left behind an out-pointer: whether it wrote it and, if so, the value.
 *
 * <p>The kit passes out-pointers pre-filled with a sentinel, so a backend can tell "written" from
 * "left untouched" even when the written value equals zero.
 *
 * @param written whether the call stored anything through the pointer
 * @param value   the stored value; {@code null} exactly when {@code written} is false
 * @param <T>     the pointee type
 */
public record Out<T>(boolean written, T value) {

    public Out {
        if (written) {
            Objects.requireNonNull(value, "a written out-parameter has a value");
        } else if (value != null) {
            throw new IllegalArgumentException("an out-parameter that was not written has no value");
        }
    }

    /** The pointer was written with {@code value}. */
    public static <T> Out<T> written(T value) {
        return new Out<>(true, value);
    }

    /** The pointer was NULL, or the call left it untouched. */
    public static <T> Out<T> untouched() {
        return new Out<>(false, null);
    }

    @Override
    public String toString() {
        return written ? String.valueOf(value) : "(not written)";
    }
}
