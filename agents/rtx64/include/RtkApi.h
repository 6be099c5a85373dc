/* RtkApi.h as the RTX64 SDK publishes it for kernel drivers (RTX64 2013 SP1 and later; shared/spec/api-notes.md a.1,
 * a.5-a.8, b), reduced to the shared-memory calls this bridge uses. It exists so agents/rtx64 compiles in CI without
 * the SDK; a real build uses the SDK's own header and RtkApi.lib (BUILD.md). Like the public header it declares no
 * RtkUnMapSharedMemory (D-14): a build whose SDK declares it defines RTK_SDK_HAS_UNMAP. */
#ifndef RTKAPI_H
#define RTKAPI_H

#include <ntddk.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef ULONG_PTR RTSSINST;
typedef RTSSINST *PRTSSINST;

#define SHM_MAP_READ 1
#define SHM_MAP_WRITE 2

NTSTATUS RtkRtssAttach(ULONG MaxWFSO, PRTSSINST RtssInstPtr);
NTSTATUS RtkRtssDetach(RTSSINST RtssInst);
NTSTATUS RtkCreateSharedMemory(RTSSINST RtssInst, PHANDLE SharedMemoryHandle, ULONG Protect, ULONG MaximumSizeHigh,
                               ULONG MaximumSizeLow, PUNICODE_STRING Name, VOID **Location);
NTSTATUS RtkOpenSharedMemory(RTSSINST RtssInst, PHANDLE SharedMemoryHandle, ULONG DesiredAccess,
                             BOOLEAN InheritHandle, PUNICODE_STRING Name, VOID **Location);
NTSTATUS RtkCloseHandle(RTSSINST RtssInst, HANDLE Object);
#ifdef RTK_SDK_HAS_UNMAP
NTSTATUS RtkUnMapSharedMemory(RTSSINST RtssInst, VOID *Location);
#endif

#ifdef __cplusplus
}
#endif

#endif
