/* RtkApi.h of the rtk-conformance Win32 port (librtkapi_win32.a): the RTX64 kernel API shared-memory calls with the
 * RTX64 prototypes (RtkApi.h 3.2 / 2013-2018, docs: shared/spec/api-notes.md a.1-a.8, b), for 64-bit Windows user
 * mode. The Windows types (LONG, ULONG, HANDLE, UNICODE_STRING, NTSTATUS) come from the Windows headers themselves,
 * so a program that includes <windows.h> as well sees one definition of each. */
#ifndef RTKAPI_H
#define RTKAPI_H

#include <windows.h>
#include <winternl.h> /* UNICODE_STRING, NTSTATUS */

#ifdef __cplusplus
extern "C" {
#endif

#ifndef NT_SUCCESS
#define NT_SUCCESS(Status) (((NTSTATUS) (Status)) >= 0)
#endif

typedef ULONG_PTR RTSSINST;
typedef PULONG_PTR PRTSSINST;

#define SHM_MAP_READ 1
#define SHM_MAP_WRITE 2

/* winnt.h defines a few STATUS_* codes; the rest are ntstatus.h's values, which a user-mode program cannot include
 * beside winnt.h. */
#ifndef STATUS_SUCCESS
#define STATUS_SUCCESS ((NTSTATUS) 0x00000000L)
#endif
#ifndef STATUS_OBJECT_NAME_EXISTS
#define STATUS_OBJECT_NAME_EXISTS ((NTSTATUS) 0x40000000L)
#endif
#ifndef STATUS_UNSUCCESSFUL
#define STATUS_UNSUCCESSFUL ((NTSTATUS) 0xC0000001L)
#endif
#ifndef STATUS_ACCESS_VIOLATION
#define STATUS_ACCESS_VIOLATION ((NTSTATUS) 0xC0000005L)
#endif
#ifndef STATUS_INVALID_HANDLE
#define STATUS_INVALID_HANDLE ((NTSTATUS) 0xC0000008L)
#endif
#ifndef STATUS_INVALID_PARAMETER
#define STATUS_INVALID_PARAMETER ((NTSTATUS) 0xC000000DL)
#endif
#ifndef STATUS_NO_SUCH_DEVICE
#define STATUS_NO_SUCH_DEVICE ((NTSTATUS) 0xC000000EL)
#endif
#ifndef STATUS_NO_MEMORY
#define STATUS_NO_MEMORY ((NTSTATUS) 0xC0000017L)
#endif
#ifndef STATUS_ACCESS_DENIED
#define STATUS_ACCESS_DENIED ((NTSTATUS) 0xC0000022L)
#endif
#ifndef STATUS_OBJECT_TYPE_MISMATCH
#define STATUS_OBJECT_TYPE_MISMATCH ((NTSTATUS) 0xC0000024L)
#endif
#ifndef STATUS_OBJECT_NAME_INVALID
#define STATUS_OBJECT_NAME_INVALID ((NTSTATUS) 0xC0000033L)
#endif
#ifndef STATUS_OBJECT_NAME_NOT_FOUND
#define STATUS_OBJECT_NAME_NOT_FOUND ((NTSTATUS) 0xC0000034L)
#endif
#ifndef STATUS_OBJECT_NAME_COLLISION
#define STATUS_OBJECT_NAME_COLLISION ((NTSTATUS) 0xC0000035L)
#endif
#ifndef STATUS_NAME_TOO_LONG
#define STATUS_NAME_TOO_LONG ((NTSTATUS) 0xC0000106L)
#endif

/* Attaches the caller; *RtssInstPtr is non-zero on success and 0 on failure. MaxWFSO must be at least 1. */
NTSTATUS RtkRtssAttach(ULONG MaxWFSO, PRTSSINST RtssInstPtr);

/* Detaches; what the instance still holds (views, handles) is released as at process termination. */
NTSTATUS RtkRtssDetach(RTSSINST RtssInst);

/* Creates a shared memory object, or opens it when the name exists; a NULL Name creates an unnamed one. */
NTSTATUS RtkCreateSharedMemory(RTSSINST RtssInst, PHANDLE SharedMemoryHandle, ULONG Protect, ULONG MaximumSizeHigh,
                               ULONG MaximumSizeLow, PUNICODE_STRING Name, VOID **Location);

/* Opens an existing named shared memory object and maps a view of it. */
NTSTATUS RtkOpenSharedMemory(RTSSINST RtssInst, PHANDLE SharedMemoryHandle, ULONG DesiredAccess,
                             BOOLEAN InheritHandle, PUNICODE_STRING Name, VOID **Location);

/* Unmaps the view at Location (the call the RtkOpenSharedMemory Remarks name; no RTX64 header declares it). */
NTSTATUS RtkUnMapSharedMemory(RTSSINST RtssInst, VOID *Location);

/* Closes a handle; the last handle anywhere destroys the object. */
NTSTATUS RtkCloseHandle(RTSSINST RtssInst, HANDLE Object);

#ifdef __cplusplus
}
#endif

#endif
