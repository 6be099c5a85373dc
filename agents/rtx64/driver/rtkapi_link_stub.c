/* A link stub for RtkApi.lib: lets CI link rtk-bridge.sys without the RTX64 SDK, so the driver's sources cannot rot.
 * Every call fails with STATUS_NOT_IMPLEMENTED. Never installed, never shipped: a real build links the SDK's
 * RtkApi.lib instead (BUILD.md). */
#include <ntddk.h>

#include "RtkApi.h"

NTSTATUS RtkRtssAttach(ULONG MaxWFSO, PRTSSINST RtssInstPtr) {
    UNREFERENCED_PARAMETER(MaxWFSO);
    if (RtssInstPtr != NULL) {
        *RtssInstPtr = 0;
    }
    return STATUS_NOT_IMPLEMENTED;
}

NTSTATUS RtkRtssDetach(RTSSINST RtssInst) {
    UNREFERENCED_PARAMETER(RtssInst);
    return STATUS_NOT_IMPLEMENTED;
}

NTSTATUS RtkCreateSharedMemory(RTSSINST RtssInst, PHANDLE SharedMemoryHandle, ULONG Protect, ULONG MaximumSizeHigh,
                               ULONG MaximumSizeLow, PUNICODE_STRING Name, VOID **Location) {
    UNREFERENCED_PARAMETER(RtssInst); UNREFERENCED_PARAMETER(SharedMemoryHandle); UNREFERENCED_PARAMETER(Protect);
    UNREFERENCED_PARAMETER(MaximumSizeHigh); UNREFERENCED_PARAMETER(MaximumSizeLow); UNREFERENCED_PARAMETER(Name);
    UNREFERENCED_PARAMETER(Location);
    return STATUS_NOT_IMPLEMENTED;
}

NTSTATUS RtkOpenSharedMemory(RTSSINST RtssInst, PHANDLE SharedMemoryHandle, ULONG DesiredAccess,
                             BOOLEAN InheritHandle, PUNICODE_STRING Name, VOID **Location) {
    UNREFERENCED_PARAMETER(RtssInst); UNREFERENCED_PARAMETER(SharedMemoryHandle); UNREFERENCED_PARAMETER(DesiredAccess);
    UNREFERENCED_PARAMETER(InheritHandle); UNREFERENCED_PARAMETER(Name); UNREFERENCED_PARAMETER(Location);
    return STATUS_NOT_IMPLEMENTED;
}

NTSTATUS RtkCloseHandle(RTSSINST RtssInst, HANDLE Object) {
    UNREFERENCED_PARAMETER(RtssInst); UNREFERENCED_PARAMETER(Object);
    return STATUS_NOT_IMPLEMENTED;
}
