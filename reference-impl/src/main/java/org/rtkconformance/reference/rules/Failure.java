package org.rtkconformance.reference.rules;

/**
 * Every condition under which the model refuses a call. {@link ReferenceRules#status(Failure)} gives the
 * status each one returns; the source says whether the page states it or which reading decides it.
 */
public enum Failure {
    /** A call above PASSIVE_LEVEL under a checked reading of D-23. */
    IRQL_NOT_PASSIVE("D-23"),
    /** The RTSS subsystem is not running (fault RTSS_STOPPED). */
    SUBSYSTEM_STOPPED("D-17"),
    /** The RtssInst is not valid for the caller. */
    INVALID_INSTANCE("S1 (what is invalid: D-22)"),
    /** An internal failure (fault INTERNAL_FAILURE). */
    INTERNAL_FAILURE("Fault INTERNAL_FAILURE, the generic path"),
    /** Allocating object memory or mapping a view failed (fault MEMORY_EXHAUSTED or the memory limit). */
    MEMORY_EXHAUSTED("D-17"),
    /** RtkRtssAttach with MaxWFSO 0. */
    ATTACH_MAX_WFSO_ZERO("S9, S11 (MaxWFSO must be at least 1; wRTOS lists STATUS_INVALID_PARAMETER)"),
    /** SharedMemoryHandle is NULL. */
    NULL_HANDLE_POINTER("S1, S4"),
    /** location is NULL, under a reading that refuses it. */
    NULL_LOCATION("D-11"),
    /** DesiredAccess is neither SHM_MAP_READ nor SHM_MAP_WRITE, under a reading that refuses it. */
    DESIRED_ACCESS("D-4"),
    /** InheritHandle is neither FALSE nor TRUE, under a reading that refuses it. */
    INHERIT_HANDLE("D-5"),
    /** Name is NULL on Open. */
    NAME_NULL("D-10"),
    /** The UNICODE_STRING is malformed, under a reading that refuses it. */
    NAME_MALFORMED("D-9"),
    /** The name is empty on Open (on Create too under D-9.A). */
    NAME_EMPTY("D-9"),
    /** The name is longer than the limit. */
    NAME_TOO_LONG("D-8"),
    /** Open of a name with a backslash. */
    NAME_BACKSLASH("D-12"),
    /** Create of a name with a backslash. */
    CREATE_NAME_BACKSLASH("D-12"),
    /** No object has the name. */
    NOT_FOUND("D-6"),
    /** Open of a name held by an event, mutex or semaphore. */
    WRONG_KIND("D-7"),
    /** Create of a name held by an object of another kind. */
    CREATE_WRONG_KIND("S4"),
    /** The object's creation protection does not allow the access asked for. */
    PROTECTION("D-3.B"),
    /** Create with a non-zero MaximumSizeHigh. */
    SIZE_HIGH_NOT_ZERO("S4 (the status: D-21)"),
    /** Create with size 0. */
    SIZE_ZERO("D-21"),
    /** RtkCloseHandle of NULL. */
    CLOSE_NULL_HANDLE("S8 (D-19)"),
    /** RtkCloseHandle of a value that is not an open handle of the caller (a double close, for one). */
    CLOSE_INVALID_HANDLE("S7 (D-19)"),
    /** RtkCloseHandle while the handle's view is still mapped, under D-15.C. */
    CLOSE_VIEW_MAPPED("D-15.C"),
    /** RtkUnMapSharedMemory of a location that is not the base of a view the caller has mapped. */
    UNMAP_NOT_MAPPED("D-14.B");

    private final String source;

    Failure(String source) {
        this.source = source;
    }

    /** The api-notes key or ambiguity that decides the status. */
    public String source() {
        return source;
    }
}
