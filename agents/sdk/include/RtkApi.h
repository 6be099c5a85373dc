/* RtkApi.h of the rtk-conformance agent SDK: the RTX64 kernel API shared-memory calls a vendor library
 * implements, with the RTX64 types and prototypes (RtkApi.h 3.2 / 2013-2018; shared/spec/api-notes.md a.1-a.8).
 * One header for both builds:
 *  - POSIX (LP64): the Windows types are spelled out here with fixed widths (LONG and ULONG are 32 bits on
 *    Windows, so never long; WCHAR is a 16-bit UTF-16 unit, never the 32-bit Linux wchar_t);
 *  - Win32 (mingw-w64, MSVC): the types, STATUS_* values and UNICODE_STRING come from the Windows headers,
 *    and only what RTX adds (RTSSINST, SHM_MAP_*, the prototypes) is declared here. */
#ifndef RTKAPI_H
#define RTKAPI_H

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
/* windows.h and ntstatus.h both define some STATUS_* values; WIN32_NO_STATUS keeps one definition of each. */
#define WIN32_NO_STATUS
#include <windows.h>
#undef WIN32_NO_STATUS
#include <ntstatus.h>
#include <winternl.h>
#else
#include <stdint.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

#ifdef _WIN32

#ifndef NT_SUCCESS
#define NT_SUCCESS(Status) (((NTSTATUS) (Status)) >= 0)
#endif
typedef ULONG_PTR RTSSINST;
typedef PULONG_PTR PRTSSINST;
#define SHM_MAP_READ 1
#define SHM_MAP_WRITE 2
#ifndef STATUS_OBJECT_NAME_EXISTS
#define STATUS_OBJECT_NAME_EXISTS ((NTSTATUS) 0x40000000L)
#endif
#ifndef STATUS_LICENSE_VIOLATION
#define STATUS_LICENSE_VIOLATION ((NTSTATUS) 0xC000026AL)
#endif

#else /* POSIX */

typedef void VOID;
typedef void *PVOID;
typedef void *HANDLE;
typedef HANDLE *PHANDLE;
typedef int32_t LONG;
typedef uint32_t ULONG;
typedef ULONG *PULONG;
typedef uint16_t USHORT;
typedef uint8_t UCHAR;
typedef UCHAR BOOLEAN;
typedef uintptr_t ULONG_PTR;
typedef ULONG_PTR *PULONG_PTR;
/* UTF-16 code units, as on Windows (wchar_t is 32 bits on Linux, so it is not used). */
typedef uint16_t WCHAR;
typedef WCHAR *PWSTR;
typedef const WCHAR *PCWSTR;

typedef LONG NTSTATUS;
#define NT_SUCCESS(Status) (((NTSTATUS) (Status)) >= 0)

typedef ULONG_PTR RTSSINST;
typedef PULONG_PTR PRTSSINST;

/* Length and MaximumLength count bytes; Length excludes any terminating NUL. */
typedef struct _UNICODE_STRING {
    USHORT Length;
    USHORT MaximumLength;
    PWSTR Buffer;
} UNICODE_STRING, *PUNICODE_STRING;

#ifndef TRUE
#define TRUE 1
#endif
#ifndef FALSE
#define FALSE 0
#endif

#define SHM_MAP_READ 1
#define SHM_MAP_WRITE 2

#define PAGE_NOACCESS 0x01
#define PAGE_READONLY 0x02
#define PAGE_READWRITE 0x04

#define STATUS_SUCCESS ((NTSTATUS) 0x00000000L)
#define STATUS_OBJECT_NAME_EXISTS ((NTSTATUS) 0x40000000L)
#define STATUS_UNSUCCESSFUL ((NTSTATUS) 0xC0000001L)
#define STATUS_ACCESS_VIOLATION ((NTSTATUS) 0xC0000005L)
#define STATUS_INVALID_HANDLE ((NTSTATUS) 0xC0000008L)
#define STATUS_INVALID_PARAMETER ((NTSTATUS) 0xC000000DL)
#define STATUS_NO_SUCH_DEVICE ((NTSTATUS) 0xC000000EL)
#define STATUS_NO_MEMORY ((NTSTATUS) 0xC0000017L)
#define STATUS_ACCESS_DENIED ((NTSTATUS) 0xC0000022L)
#define STATUS_OBJECT_TYPE_MISMATCH ((NTSTATUS) 0xC0000024L)
#define STATUS_OBJECT_NAME_INVALID ((NTSTATUS) 0xC0000033L)
#define STATUS_OBJECT_NAME_NOT_FOUND ((NTSTATUS) 0xC0000034L)
#define STATUS_OBJECT_NAME_COLLISION ((NTSTATUS) 0xC0000035L)
#define STATUS_NAME_TOO_LONG ((NTSTATUS) 0xC0000106L)
#define STATUS_LICENSE_VIOLATION ((NTSTATUS) 0xC000026AL)

#endif /* _WIN32 */

/* The shutdown routine RtkRtssAttachEx registers: called with the reason the subsystem stops. */
typedef VOID (*PRTK_SHUTDOWN_ROUTINE)(PVOID Context, LONG Reason);

/* Attaches the caller; *RtssInstPtr is non-zero on success and 0 on failure. MaxWFSO must be at least 1. */
NTSTATUS RtkRtssAttach(ULONG MaxWFSO, PRTSSINST RtssInstPtr);

/* Attaches with a shutdown routine. Optional for an agent: rtk-agent/1 never carries ATTACH_EX (the routine
 * would be a call from the agent back into the kit), so the SDK never calls it. */
NTSTATUS RtkRtssAttachEx(ULONG MaxWFSO, PRTSSINST RtssInstPtr, PRTK_SHUTDOWN_ROUTINE Routine, PVOID Context);

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
