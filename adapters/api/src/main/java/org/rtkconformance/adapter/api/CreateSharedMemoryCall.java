package org.rtkconformance.adapter.api;

/**
 * The arguments of one {@code RtkCreateSharedMemory} call, exactly as a C caller passes them.
 *
 * <pre>NTSTATUS RtkCreateSharedMemory(RTSSINST RtssInst, PHANDLE SharedMemoryHandle, ULONG Protect,
 *     ULONG MaximumSizeHigh, ULONG MaximumSizeLow, PUNICODE_STRING Name, VOID **Location);</pre>
 *
 * @param rtssInst        the instance, valid or not
 * @param handlePointer   whether {@code SharedMemoryHandle} points to storage (false: NULL)
 * @param protect         {@code Protect} as a raw ULONG (documented as ignored)
 * @param maximumSizeHigh high 32 bits of the size, raw ULONG (documented: can only be zero)
 * @param maximumSizeLow  low 32 bits of the size, raw ULONG (compare unsigned)
 * @param name            the {@code UNICODE_STRING}; {@code null} passes NULL, creating an unnamed object
 * @param locationPointer whether {@code Location} points to storage (false: NULL)
 */
public record CreateSharedMemoryCall(RtssInst rtssInst, boolean handlePointer, int protect, int maximumSizeHigh,
                                     int maximumSizeLow, UnicodeString name, boolean locationPointer) {

    public CreateSharedMemoryCall {
        java.util.Objects.requireNonNull(rtssInst, "rtssInst");
    }

    /** The well-formed call: both out-pointers valid, {@code PAGE_READWRITE}, size below 4 GiB. */
    public static CreateSharedMemoryCall of(RtssInst rtssInst, long size, UnicodeString name) {
        if (size < 0 || size > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("a shared memory size is below 4 GiB (MaximumSizeHigh must be 0): " + size);
        }
        return new CreateSharedMemoryCall(rtssInst, true, RtkConstants.PAGE_READWRITE, 0, (int) size, name, true);
    }

    public CreateSharedMemoryCall withProtect(int value) {
        return new CreateSharedMemoryCall(rtssInst, handlePointer, value, maximumSizeHigh, maximumSizeLow, name,
                locationPointer);
    }

    public CreateSharedMemoryCall withMaximumSizeHigh(int value) {
        return new CreateSharedMemoryCall(rtssInst, handlePointer, protect, value, maximumSizeLow, name,
                locationPointer);
    }

    public CreateSharedMemoryCall withHandlePointer(boolean present) {
        return new CreateSharedMemoryCall(rtssInst, present, protect, maximumSizeHigh, maximumSizeLow, name,
                locationPointer);
    }

    public CreateSharedMemoryCall withLocationPointer(boolean present) {
        return new CreateSharedMemoryCall(rtssInst, handlePointer, protect, maximumSizeHigh, maximumSizeLow, name,
                present);
    }

    /** The requested size in bytes, {@code MaximumSizeHigh:MaximumSizeLow} as one unsigned 64-bit value. */
    public long size() {
        return (Integer.toUnsignedLong(maximumSizeHigh) << 32) | Integer.toUnsignedLong(maximumSizeLow);
    }

    @Override
    public String toString() {
        return "RtkCreateSharedMemory(" + rtssInst + ", " + (handlePointer ? "&handle" : "NULL") + ", "
                + CallText.protect(protect) + ", " + Integer.toUnsignedString(maximumSizeHigh) + ", "
                + Integer.toUnsignedString(maximumSizeLow) + ", " + (name == null ? "NULL" : name.describe()) + ", "
                + (locationPointer ? "&location" : "NULL") + ")";
    }
}
