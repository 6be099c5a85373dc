package org.rtkconformance.adapter.api;

/**
 * The arguments of one {@code RtkOpenSharedMemory} call, exactly as a C caller passes them.
 *
 * <pre>NTSTATUS RtkOpenSharedMemory(RTSSINST RtssInst, PHANDLE SharedMemoryHandle, ULONG DesiredAccess,
 *     BOOLEAN InheritHandle, PUNICODE_STRING Name, VOID **location);</pre>
 *
 * @param rtssInst        the instance, valid or not
 * @param handlePointer   whether {@code SharedMemoryHandle} points to storage (false: NULL)
 * @param desiredAccess   {@code DesiredAccess} as a raw ULONG (compare unsigned)
 * @param inheritHandle   {@code InheritHandle} as a raw BOOLEAN byte
 * @param name            the {@code UNICODE_STRING}; {@code null} passes a NULL {@code Name} pointer
 * @param locationPointer whether {@code location} points to storage (false: NULL)
 */
public record OpenSharedMemoryCall(RtssInst rtssInst, boolean handlePointer, int desiredAccess, byte inheritHandle,
                                   UnicodeString name, boolean locationPointer) {

    public OpenSharedMemoryCall {
        java.util.Objects.requireNonNull(rtssInst, "rtssInst");
    }

    /** The well-formed call: both out-pointers valid, InheritHandle FALSE. */
    public static OpenSharedMemoryCall of(RtssInst rtssInst, int desiredAccess, UnicodeString name) {
        return new OpenSharedMemoryCall(rtssInst, true, desiredAccess, RtkConstants.FALSE, name, true);
    }

    public OpenSharedMemoryCall withRtssInst(RtssInst value) {
        return new OpenSharedMemoryCall(value, handlePointer, desiredAccess, inheritHandle, name, locationPointer);
    }

    public OpenSharedMemoryCall withHandlePointer(boolean present) {
        return new OpenSharedMemoryCall(rtssInst, present, desiredAccess, inheritHandle, name, locationPointer);
    }

    public OpenSharedMemoryCall withDesiredAccess(int value) {
        return new OpenSharedMemoryCall(rtssInst, handlePointer, value, inheritHandle, name, locationPointer);
    }

    public OpenSharedMemoryCall withInheritHandle(byte value) {
        return new OpenSharedMemoryCall(rtssInst, handlePointer, desiredAccess, value, name, locationPointer);
    }

    public OpenSharedMemoryCall withName(UnicodeString value) {
        return new OpenSharedMemoryCall(rtssInst, handlePointer, desiredAccess, inheritHandle, value, locationPointer);
    }

    public OpenSharedMemoryCall withLocationPointer(boolean present) {
        return new OpenSharedMemoryCall(rtssInst, handlePointer, desiredAccess, inheritHandle, name, present);
    }

    /** The call as C source would read, for messages and reports. */
    @Override
    public String toString() {
        return "RtkOpenSharedMemory(" + rtssInst + ", " + (handlePointer ? "&handle" : "NULL") + ", "
                + CallText.access(desiredAccess) + ", " + CallText.bool(inheritHandle) + ", "
                + (name == null ? "NULL" : name.describe()) + ", " + (locationPointer ? "&location" : "NULL") + ")";
    }
}
