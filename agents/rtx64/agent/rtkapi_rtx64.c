/* librtkapi_rtx64.a: the RTKAPI calls of the agent SDK's RtkApi.h, each forwarded to the rtk-bridge driver
 * (agents/rtx64/driver) with DeviceIoControl; the driver makes the real RTX64 call at PASSIVE_LEVEL and returns its
 * status. Arguments travel exactly as the C caller built them (NULL out-pointers as flags, the UNICODE_STRING's
 * lengths and whole allocation), so the RTX64 subsystem, not this library, decides every outcome. The device is
 * opened at the first call; closing it (at BYE, or when the system closes a killed agent's handles) makes the driver
 * release everything this caller held. A failure of the bridge itself (no device, a failed DeviceIoControl) ends
 * the agent with the reason on stderr: it is not an RTKAPI outcome. */
#include "RtkApi.h" /* windows.h first: winioctl.h needs its types */

#include <winioctl.h>

#include "rtk_bridge_ioctl.h"
#include "rtkapi_rtx64.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static HANDLE device = INVALID_HANDLE_VALUE;
static unsigned long last_error;
static char last_detail[200];
static struct rtk_bridge_call call;     /* large (the name's whole allocation): one per process, calls are serial */
static struct rtk_bridge_reply reply;
static unsigned char write_message[sizeof(struct rtk_bridge_call) + RTK_BRIDGE_ACCESS_BYTES];

static int open_device(void) {
    if (device != INVALID_HANDLE_VALUE) {
        return 0;
    }
    device = CreateFileW(RTK_BRIDGE_USER_PATH, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
    if (device == INVALID_HANDLE_VALUE) {
        last_error = GetLastError();
        snprintf(last_detail, sizeof last_detail, "cannot open \\\\.\\RtkBridge (Win32 error %lu): is rtk-bridge.sys"
                 " installed and started? (agents/rtx64/BUILD.md)", last_error);
        return -1;
    }
    return 0;
}

/* A failure of the bridge itself is no RTKAPI outcome: reporting it as a status would let the kit judge RTX64 by it.
 * The agent ends instead, saying why on stderr, and the kit's scenario is UNRESOLVED (the harness broke). */
static void bridge_broke(void) {
    fprintf(stderr, "rtk-rtx64-agent: %s\n", last_detail);
    exit(70);
}

/* Sends one call; the driver's reply is in `reply`. */
static void send_call(DWORD code, const void *message, DWORD length) {
    if (open_device() != 0) {
        bridge_broke();
    }
    DWORD returned = 0;
    memset(&reply, 0, sizeof reply);
    if (!DeviceIoControl(device, code, (void *) message, length, &reply, sizeof reply, &returned, NULL)
            || returned != sizeof reply) {
        last_error = GetLastError();
        snprintf(last_detail, sizeof last_detail, "DeviceIoControl(0x%08lX) to rtk-bridge failed (Win32 error %lu,"
                 " %lu bytes back)", (unsigned long) code, last_error, (unsigned long) returned);
        bridge_broke();
    }
    last_error = 0;
    last_detail[0] = '\0';
}

int RtkRtx64Connect(void) {
    return open_device();
}

static void begin(RTSSINST instance) {
    memset(&call, 0, offsetof(struct rtk_bridge_call, name));
    memset(&call.name, 0, offsetof(struct rtk_bridge_name, buffer));
    call.version = RTK_BRIDGE_VERSION;
    call.instance = instance;
}

/* Copies the UNICODE_STRING argument as the caller built it: the pointers' NULL-ness, both lengths as given, and
 * as much of Buffer as either length says the caller allocated. */
static void carry_name(PUNICODE_STRING name) {
    call.name.name_is_null = name == NULL;
    if (name == NULL) {
        return;
    }
    call.name.length = name->Length;
    call.name.maximum_length = name->MaximumLength;
    call.name.buffer_is_null = name->Buffer == NULL;
    if (name->Buffer != NULL) {
        USHORT bytes = name->Length > name->MaximumLength ? name->Length : name->MaximumLength;
        call.name.unit_count = (bytes + 1u) / 2u;
        memcpy(call.name.buffer, name->Buffer, (size_t) call.name.unit_count * 2u);
    }
}

NTSTATUS RtkRtssAttach(ULONG MaxWFSO, PRTSSINST RtssInstPtr) {
    begin(0);
    call.max_wfso = MaxWFSO;
    call.instance_pointer = RtssInstPtr != NULL;
    send_call(IOCTL_RTK_BRIDGE_ATTACH, &call, sizeof call);
    if (RtssInstPtr != NULL) {
        *RtssInstPtr = (RTSSINST) reply.instance;
    }
    return reply.status;
}

NTSTATUS RtkRtssDetach(RTSSINST RtssInst) {
    begin(RtssInst);
    send_call(IOCTL_RTK_BRIDGE_DETACH, &call, sizeof call);
    return reply.status;
}

/* CREATE and OPEN write the out-parameters exactly when the call did: the driver reports them as the call left them. */
static NTSTATUS created_or_opened(DWORD code, PHANDLE SharedMemoryHandle, VOID **Location) {
    HANDLE before_handle = SharedMemoryHandle != NULL ? *SharedMemoryHandle : NULL;
    VOID *before_location = Location != NULL ? *Location : NULL;
    send_call(code, &call, sizeof call);
    /* The driver passed storage initialised to NULL: a NULL after the call means "left untouched" (D-11). */
    if (SharedMemoryHandle != NULL) {
        *SharedMemoryHandle = reply.handle != 0 ? (HANDLE) (ULONG_PTR) reply.handle : before_handle;
    }
    if (Location != NULL) {
        *Location = reply.location != 0 ? (VOID *) (ULONG_PTR) reply.location : before_location;
    }
    return reply.status;
}

NTSTATUS RtkCreateSharedMemory(RTSSINST RtssInst, PHANDLE SharedMemoryHandle, ULONG Protect, ULONG MaximumSizeHigh,
                               ULONG MaximumSizeLow, PUNICODE_STRING Name, VOID **Location) {
    begin(RtssInst);
    call.handle_pointer = SharedMemoryHandle != NULL;
    call.location_pointer = Location != NULL;
    call.protect = Protect;
    call.size_high = MaximumSizeHigh;
    call.size_low = MaximumSizeLow;
    carry_name(Name);
    return created_or_opened(IOCTL_RTK_BRIDGE_CREATE, SharedMemoryHandle, Location);
}

NTSTATUS RtkOpenSharedMemory(RTSSINST RtssInst, PHANDLE SharedMemoryHandle, ULONG DesiredAccess,
                             BOOLEAN InheritHandle, PUNICODE_STRING Name, VOID **Location) {
    begin(RtssInst);
    call.handle_pointer = SharedMemoryHandle != NULL;
    call.location_pointer = Location != NULL;
    call.desired_access = DesiredAccess;
    call.inherit_handle = InheritHandle;
    carry_name(Name);
    return created_or_opened(IOCTL_RTK_BRIDGE_OPEN, SharedMemoryHandle, Location);
}

NTSTATUS RtkUnMapSharedMemory(RTSSINST RtssInst, VOID *Location) {
    begin(RtssInst);
    call.location = (ULONG64) (ULONG_PTR) Location;
    send_call(IOCTL_RTK_BRIDGE_UNMAP, &call, sizeof call);
    return reply.status;
}

NTSTATUS RtkCloseHandle(RTSSINST RtssInst, HANDLE Object) {
    begin(RtssInst);
    call.handle = (ULONG64) (ULONG_PTR) Object;
    send_call(IOCTL_RTK_BRIDGE_CLOSE, &call, sizeof call);
    return reply.status;
}

int RtkRtx64AccessView(int write, uintptr_t address, unsigned char *data, size_t len, char *detail,
                       size_t detail_size) {
    begin(0);
    call.location = (ULONG64) address;
    call.offset = 0;
    call.length = (ULONG) len;
    const void *message = &call;
    DWORD length = sizeof call;
    if (write) {
        memcpy(write_message, &call, sizeof call);
        memcpy(write_message + sizeof call, data, len);
        message = write_message;
        length = (DWORD) (sizeof call + len);
    }
    if (len > RTK_BRIDGE_ACCESS_BYTES) {
        snprintf(detail, detail_size, "more than %u bytes", RTK_BRIDGE_ACCESS_BYTES);
        return 2;
    }
    send_call(write ? IOCTL_RTK_BRIDGE_WRITE : IOCTL_RTK_BRIDGE_READ, message, length);
    if (reply.access == RTK_BRIDGE_ACCESS_OK) {
        if (!write) {
            memcpy(data, reply.data, len);
        }
        return 0;
    }
    if (reply.access == RTK_BRIDGE_ACCESS_VIOLATION) {
        snprintf(detail, detail_size, "the driver caught exception 0x%08lX", (unsigned long) reply.exception_code);
        return 1;
    }
    snprintf(detail, detail_size, "not within a view of this caller, or a page of it is not resident");
    return 2;
}

unsigned long RtkRtx64LastError(void) {
    return last_error;
}

const char *RtkRtx64LastDetail(void) {
    return last_detail;
}

void RtkRtx64Release(void) {
    if (device != INVALID_HANDLE_VALUE) {
        CloseHandle(device); /* the driver's IRP_MJ_CLEANUP releases views, handles and instances */
        device = INVALID_HANDLE_VALUE;
    }
}
