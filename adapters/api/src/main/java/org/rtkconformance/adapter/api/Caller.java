package org.rtkconformance.adapter.api;

/**
 * One RTSS client in a scenario, a driver or process: the RTKAPI calls it makes, plus the harness
 * operations on its own views. Methods a backend cannot perform throw {@link CapabilityMissingException}.
 *
 * <p>Calls mirror C: they never throw for bad arguments; they return the status the implementation
 * returns. A {@link BackendFailureException} means the backend itself broke (an agent crashed).
 */
public interface Caller {

    /** The name the scenario gave this caller. */
    String name();

    /** {@code NTSTATUS RtkRtssAttach(ULONG MaxWFSO, PRTSSINST RtssInstPtr)}; MaxWFSO is a raw ULONG. */
    AttachResult rtkRtssAttach(int maxWfso);

    /**
     * {@code NTSTATUS RtkRtssAttachEx(ULONG MaxWFSO, PRTSSINST, Routine, Context)}; needs
     * {@link Capability#ATTACH_EX}.
     *
     * @param routine the shutdown routine, or {@code null} to pass NULL
     */
    AttachResult rtkRtssAttachEx(int maxWfso, ShutdownRoutine routine);

    /** {@code NTSTATUS RtkRtssDetach(RTSSINST)}. */
    NtStatus rtkRtssDetach(RtssInst rtssInst);

    /** {@code RtkCreateSharedMemory}, with the arguments as given. */
    SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call);

    /** {@code RtkOpenSharedMemory}, with the arguments as given: the call under test. */
    SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call);

    /**
     * {@code RtkUnMapSharedMemory(RtssInst, location)}, the call the Remarks name; needs
     * {@link Capability#UNMAP} because no RTX64 header declares it (D-14).
     */
    NtStatus rtkUnMapSharedMemory(RtssInst rtssInst, Address location);

    /** {@code NTSTATUS RtkCloseHandle(RTSSINST, HANDLE)}. */
    NtStatus rtkCloseHandle(RtssInst rtssInst, Handle handle);

    /**
     * Creates a named event, mutex or semaphore in the shared namespace, for the wrong-type cases; needs
     * {@link Capability#NAMED_OBJECTS_OF_OTHER_KINDS}.
     */
    NamedObjectResult createNamedObject(RtssInst rtssInst, ObjectKind kind, UnicodeString name);

    /** Reads {@code length} bytes at {@code base + offset} in this caller's address space; needs {@link Capability#VIEW_ACCESS}. */
    MemoryAccess read(Address base, long offset, int length);

    /** Writes {@code data} at {@code base + offset} in this caller's address space; needs {@link Capability#VIEW_ACCESS}. */
    MemoryAccess write(Address base, long offset, byte[] data);

    /** Runs this caller's next calls at {@code irql}; needs {@link Capability#IRQL_CONTROL}. */
    void setIrql(int irql);

    /**
     * Terminates the caller as the system terminates a process: its handles are closed by the system
     * (Remarks). Needs {@link Capability#CALLER_TERMINATION}. Later calls through it fail with
     * {@link BackendFailureException}.
     */
    void terminate();
}
