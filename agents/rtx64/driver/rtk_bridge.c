/* rtk-bridge: a WDM driver that performs each RTKAPI shared-memory call at PASSIVE_LEVEL on behalf of its user-mode
 * client, the rtx64 agent (agents/rtx64/agent). One client is one open of \Device\RtkBridge: it gets its own RTSS
 * instances and handle and view tables, and everything it still holds is released when its handle to the device
 * closes (IRP_MJ_CLEANUP), which is how the kit's "the caller terminates" reaches the RTX64 subsystem: the agent
 * process is killed and the system closes its handles.
 *
 * The driver decides nothing about RTKAPI outcomes: it passes every argument as the C caller built it (NULL
 * pointers, odd lengths, lying UNICODE_STRINGs) and returns the status the call returned. Its own checks only keep
 * the machine alive: a client may use only the instances, handles and views it obtained, and views are read and
 * written under structured exception handling after MmIsAddressValid says each page is resident. Built with the
 * WDK (MSVC) for real use; the mingw-w64 build in CI is a compile and link check (no SEH there: BUILD.md). */
#include <ntddk.h>

#include "RtkApi.h"
#include "rtk_bridge_ioctl.h"

#define BRIDGE_TAG 0x52426467u /* 'gdBR': shows as "gdBR" in pool tag tools */
#define BRIDGE_MAX_INSTANCES 64
#define BRIDGE_MAX_HANDLES 1024
#define BRIDGE_MAX_VIEWS 1024

#if defined(_MSC_VER)
#define BRIDGE_TRY __try
#define BRIDGE_EXCEPT(code) __except ((code) = GetExceptionCode(), EXCEPTION_EXECUTE_HANDLER)
#else
/* mingw-w64 gcc has no __try/__except: this build is a compile and link check only (BUILD.md). */
#define BRIDGE_TRY if (1)
#define BRIDGE_EXCEPT(code) else
#endif

struct bridge_view {
    RTSSINST instance;
    PVOID base;
};

struct bridge_handle {
    RTSSINST instance;
    HANDLE value;
};

/* One client's tables (FileObject->FsContext). */
struct bridge_client {
    KMUTEX lock; /* a dispatcher mutex: holding it keeps the IRQL at PASSIVE_LEVEL, as RTKAPI requires */
    RTSSINST instances[BRIDGE_MAX_INSTANCES];
    struct bridge_handle handles[BRIDGE_MAX_HANDLES];
    struct bridge_view views[BRIDGE_MAX_VIEWS];
};

DRIVER_INITIALIZE DriverEntry;
static DRIVER_UNLOAD bridge_unload;
static DRIVER_DISPATCH bridge_create;
static DRIVER_DISPATCH bridge_cleanup;
static DRIVER_DISPATCH bridge_close;
static DRIVER_DISPATCH bridge_control;

static NTSTATUS complete(PIRP irp, NTSTATUS status, ULONG_PTR information) {
    irp->IoStatus.Status = status;
    irp->IoStatus.Information = information;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return status;
}

static struct bridge_client *client_of(PIRP irp) {
    return (struct bridge_client *) IoGetCurrentIrpStackLocation(irp)->FileObject->FsContext;
}

/* ---- tables ---- */

static int has_instance(struct bridge_client *client, RTSSINST instance) {
    for (int i = 0; i < BRIDGE_MAX_INSTANCES; i++) {
        if (instance != 0 && client->instances[i] == instance) {
            return 1;
        }
    }
    return 0;
}

static void remember_instance(struct bridge_client *client, RTSSINST instance) {
    for (int i = 0; i < BRIDGE_MAX_INSTANCES; i++) {
        if (client->instances[i] == 0) {
            client->instances[i] = instance;
            return;
        }
    }
}

static void remember_opened(struct bridge_client *client, RTSSINST instance, HANDLE handle, PVOID base) {
    for (int i = 0; i < BRIDGE_MAX_HANDLES && handle != NULL; i++) {
        if (client->handles[i].value == NULL) {
            client->handles[i].instance = instance;
            client->handles[i].value = handle;
            break;
        }
    }
    for (int i = 0; i < BRIDGE_MAX_VIEWS && base != NULL; i++) {
        if (client->views[i].base == NULL) {
            client->views[i].instance = instance;
            client->views[i].base = base;
            break;
        }
    }
}

static struct bridge_handle *find_handle(struct bridge_client *client, RTSSINST instance, HANDLE value) {
    for (int i = 0; i < BRIDGE_MAX_HANDLES; i++) {
        if (value != NULL && client->handles[i].value == value && client->handles[i].instance == instance) {
            return &client->handles[i];
        }
    }
    return NULL;
}

static struct bridge_view *find_view(struct bridge_client *client, PVOID base) {
    for (int i = 0; i < BRIDGE_MAX_VIEWS; i++) {
        if (base != NULL && client->views[i].base == base) {
            return &client->views[i];
        }
    }
    return NULL;
}

/* What termination releases, in the Remarks' order: views, then handles, then the instances. */
static void release_client(struct bridge_client *client) {
#ifdef RTK_SDK_HAS_UNMAP
    for (int i = 0; i < BRIDGE_MAX_VIEWS; i++) {
        if (client->views[i].base != NULL) {
            RtkUnMapSharedMemory(client->views[i].instance, client->views[i].base);
        }
    }
#endif
    RtlZeroMemory(client->views, sizeof client->views);
    for (int i = 0; i < BRIDGE_MAX_HANDLES; i++) {
        if (client->handles[i].value != NULL) {
            RtkCloseHandle(client->handles[i].instance, client->handles[i].value);
        }
    }
    RtlZeroMemory(client->handles, sizeof client->handles);
    for (int i = 0; i < BRIDGE_MAX_INSTANCES; i++) {
        if (client->instances[i] != 0) {
            RtkRtssDetach(client->instances[i]);
        }
    }
    RtlZeroMemory(client->instances, sizeof client->instances);
}

/* ---- the calls ---- */

/* The UNICODE_STRING the C caller built, over the driver's copy of its allocation; NULL when the pointer was NULL. */
static PUNICODE_STRING name_of(struct rtk_bridge_call *call, UNICODE_STRING *storage) {
    if (call->name.name_is_null) {
        return NULL;
    }
    storage->Length = call->name.length;
    storage->MaximumLength = call->name.maximum_length;
    storage->Buffer = call->name.buffer_is_null ? NULL : call->name.buffer;
    return storage;
}

/* Reads or writes len bytes at base + offset of one of the client's views: every page must be resident (a fault on
 * a kernel address is a bug check, not an exception), and the access itself runs under SEH. */
static void access_view(struct bridge_client *client, struct rtk_bridge_call *call, const UCHAR *input,
                        struct rtk_bridge_reply *reply, int write) {
    reply->access = RTK_BRIDGE_ACCESS_NOT_MAPPED;
    struct bridge_view *view = find_view(client, (PVOID) (ULONG_PTR) call->location);
    if (view == NULL || call->length > RTK_BRIDGE_ACCESS_BYTES || call->offset > MAXULONG_PTR - call->location
            || call->location + call->offset > MAXULONG_PTR - call->length) {
        return;
    }
    PUCHAR at = (PUCHAR) (ULONG_PTR) (call->location + call->offset);
    for (ULONG_PTR page = (ULONG_PTR) PAGE_ALIGN(at); page < (ULONG_PTR) at + call->length; page += PAGE_SIZE) {
        if (!MmIsAddressValid((PVOID) page)) {
            return;
        }
    }
    LONG code = 0;
    BRIDGE_TRY {
        if (write) {
            RtlCopyMemory(at, input, call->length);
        } else {
            RtlCopyMemory(reply->data, at, call->length);
            reply->length = call->length;
        }
        reply->access = RTK_BRIDGE_ACCESS_OK;
    } BRIDGE_EXCEPT(code) {
        reply->exception_code = code;
        reply->access = RTK_BRIDGE_ACCESS_VIOLATION;
    }
}

static void perform(struct bridge_client *client, ULONG code, struct rtk_bridge_call *call, const UCHAR *trailing,
                    struct rtk_bridge_reply *reply) {
    UNICODE_STRING name;
    HANDLE handle = NULL;
    PVOID location = NULL;
    RTSSINST instance = (RTSSINST) call->instance;
    switch (code) {
    case IOCTL_RTK_BRIDGE_ATTACH: {
        RTSSINST attached = 0;
        reply->status = RtkRtssAttach(call->max_wfso, call->instance_pointer ? &attached : NULL);
        reply->instance = attached;
        if (NT_SUCCESS(reply->status)) {
            remember_instance(client, attached);
        }
        return;
    }
    case IOCTL_RTK_BRIDGE_DETACH:
        /* An instance of another client is never passed on: it is not this caller's to detach. */
        reply->status = has_instance(client, instance) ? RtkRtssDetach(instance) : STATUS_INVALID_PARAMETER;
        if (NT_SUCCESS(reply->status)) {
            for (int i = 0; i < BRIDGE_MAX_INSTANCES; i++) {
                if (client->instances[i] == instance) {
                    client->instances[i] = 0;
                }
            }
        }
        return;
    case IOCTL_RTK_BRIDGE_CREATE:
        reply->status = RtkCreateSharedMemory(instance, call->handle_pointer ? &handle : NULL, call->protect,
                                              call->size_high, call->size_low, name_of(call, &name),
                                              call->location_pointer ? &location : NULL);
        break;
    case IOCTL_RTK_BRIDGE_OPEN:
        reply->status = RtkOpenSharedMemory(instance, call->handle_pointer ? &handle : NULL, call->desired_access,
                                            call->inherit_handle, name_of(call, &name),
                                            call->location_pointer ? &location : NULL);
        break;
    case IOCTL_RTK_BRIDGE_UNMAP: {
#ifdef RTK_SDK_HAS_UNMAP
        struct bridge_view *view = find_view(client, (PVOID) (ULONG_PTR) call->location);
        reply->status = RtkUnMapSharedMemory(instance, (PVOID) (ULONG_PTR) call->location);
        if (NT_SUCCESS(reply->status) && view != NULL) {
            view->base = NULL;
        }
#else
        reply->status = STATUS_NOT_SUPPORTED; /* the agent declares no UNMAP capability then (D-14) */
#endif
        return;
    }
    case IOCTL_RTK_BRIDGE_CLOSE: {
        /* NULL goes through (CLOSE-3); any other value only when this client obtained it, so one client can never
         * close what another holds. */
        struct bridge_handle *held = find_handle(client, instance, (HANDLE) (ULONG_PTR) call->handle);
        if (call->handle != 0 && held == NULL) {
            reply->status = STATUS_INVALID_HANDLE;
            return;
        }
        reply->status = RtkCloseHandle(instance, (HANDLE) (ULONG_PTR) call->handle);
        if (NT_SUCCESS(reply->status) && held != NULL) {
            held->value = NULL;
        }
        return;
    }
    case IOCTL_RTK_BRIDGE_READ:
        access_view(client, call, trailing, reply, 0);
        return;
    case IOCTL_RTK_BRIDGE_WRITE:
        access_view(client, call, trailing, reply, 1);
        return;
    default:
        return;
    }
    /* CREATE and OPEN: report the out-parameters as the call left them, and keep what this client now holds. */
    reply->handle = (ULONG64) (ULONG_PTR) handle;
    reply->location = (ULONG64) (ULONG_PTR) location;
    if (NT_SUCCESS(reply->status)) {
        remember_opened(client, instance, handle, location);
    }
}

static NTSTATUS bridge_control(PDEVICE_OBJECT device, PIRP irp) {
    UNREFERENCED_PARAMETER(device);
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    ULONG code = stack->Parameters.DeviceIoControl.IoControlCode;
    ULONG in_length = stack->Parameters.DeviceIoControl.InputBufferLength;
    ULONG out_length = stack->Parameters.DeviceIoControl.OutputBufferLength;
    PVOID buffer = irp->AssociatedIrp.SystemBuffer;
    if (code == IOCTL_RTK_BRIDGE_VERSION) {
        if (out_length < sizeof(ULONG)) {
            return complete(irp, STATUS_BUFFER_TOO_SMALL, 0);
        }
        *(ULONG *) buffer = RTK_BRIDGE_VERSION;
        return complete(irp, STATUS_SUCCESS, sizeof(ULONG));
    }
    if (KeGetCurrentIrql() != PASSIVE_LEVEL) {
        return complete(irp, STATUS_INVALID_DEVICE_STATE, 0);
    }
    if (in_length < sizeof(struct rtk_bridge_call) || out_length < sizeof(struct rtk_bridge_reply)) {
        return complete(irp, STATUS_BUFFER_TOO_SMALL, 0);
    }
    /* METHOD_BUFFERED shares one buffer between input and output: the request is copied out before the reply is
     * written. WRITE's bytes follow the call. */
    ULONG trailing = in_length - sizeof(struct rtk_bridge_call);
    struct rtk_bridge_call *call = ExAllocatePoolWithTag(NonPagedPool, in_length, BRIDGE_TAG);
    struct rtk_bridge_reply *reply = ExAllocatePoolWithTag(NonPagedPool, sizeof *reply, BRIDGE_TAG);
    if (call == NULL || reply == NULL) {
        if (call != NULL) ExFreePoolWithTag(call, BRIDGE_TAG);
        if (reply != NULL) ExFreePoolWithTag(reply, BRIDGE_TAG);
        return complete(irp, STATUS_INSUFFICIENT_RESOURCES, 0);
    }
    RtlCopyMemory(call, buffer, in_length);
    RtlZeroMemory(reply, sizeof *reply);
    NTSTATUS status = STATUS_SUCCESS;
    if (call->version != RTK_BRIDGE_VERSION || call->name.unit_count > RTK_BRIDGE_NAME_UNITS
            || (code == IOCTL_RTK_BRIDGE_WRITE && call->length > trailing)) {
        status = STATUS_INVALID_PARAMETER;
    } else {
        struct bridge_client *client = client_of(irp);
        KeWaitForSingleObject(&client->lock, Executive, KernelMode, FALSE, NULL);
        perform(client, code, call, (const UCHAR *) (call + 1), reply);
        KeReleaseMutex(&client->lock, FALSE);
        RtlCopyMemory(buffer, reply, sizeof *reply);
    }
    ExFreePoolWithTag(call, BRIDGE_TAG);
    ExFreePoolWithTag(reply, BRIDGE_TAG);
    return complete(irp, status, NT_SUCCESS(status) ? sizeof(struct rtk_bridge_reply) : 0);
}

static NTSTATUS bridge_create(PDEVICE_OBJECT device, PIRP irp) {
    UNREFERENCED_PARAMETER(device);
    struct bridge_client *client = ExAllocatePoolWithTag(NonPagedPool, sizeof *client, BRIDGE_TAG);
    if (client == NULL) {
        return complete(irp, STATUS_INSUFFICIENT_RESOURCES, 0);
    }
    RtlZeroMemory(client, sizeof *client);
    KeInitializeMutex(&client->lock, 0);
    IoGetCurrentIrpStackLocation(irp)->FileObject->FsContext = client;
    return complete(irp, STATUS_SUCCESS, 0);
}

/* The client's last handle to the device closed: it ended, by BYE or by being killed. */
static NTSTATUS bridge_cleanup(PDEVICE_OBJECT device, PIRP irp) {
    UNREFERENCED_PARAMETER(device);
    struct bridge_client *client = client_of(irp);
    if (client != NULL) {
        KeWaitForSingleObject(&client->lock, Executive, KernelMode, FALSE, NULL);
        release_client(client);
        KeReleaseMutex(&client->lock, FALSE);
    }
    return complete(irp, STATUS_SUCCESS, 0);
}

static NTSTATUS bridge_close(PDEVICE_OBJECT device, PIRP irp) {
    UNREFERENCED_PARAMETER(device);
    PFILE_OBJECT file = IoGetCurrentIrpStackLocation(irp)->FileObject;
    if (file->FsContext != NULL) {
        ExFreePoolWithTag(file->FsContext, BRIDGE_TAG);
        file->FsContext = NULL;
    }
    return complete(irp, STATUS_SUCCESS, 0);
}

static VOID bridge_unload(PDRIVER_OBJECT driver) {
    UNICODE_STRING link;
    RtlInitUnicodeString(&link, RTK_BRIDGE_LINK_NAME);
    IoDeleteSymbolicLink(&link);
    if (driver->DeviceObject != NULL) {
        IoDeleteDevice(driver->DeviceObject);
    }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT driver, PUNICODE_STRING registry_path) {
    UNREFERENCED_PARAMETER(registry_path);
    UNICODE_STRING device_name, link;
    RtlInitUnicodeString(&device_name, RTK_BRIDGE_DEVICE_NAME);
    RtlInitUnicodeString(&link, RTK_BRIDGE_LINK_NAME);
    PDEVICE_OBJECT device = NULL;
    NTSTATUS status = IoCreateDevice(driver, 0, &device_name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE,
                                     &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoCreateSymbolicLink(&link, &device_name);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(device);
        return status;
    }
    device->Flags |= DO_BUFFERED_IO;
    driver->MajorFunction[IRP_MJ_CREATE] = bridge_create;
    driver->MajorFunction[IRP_MJ_CLEANUP] = bridge_cleanup;
    driver->MajorFunction[IRP_MJ_CLOSE] = bridge_close;
    driver->MajorFunction[IRP_MJ_DEVICE_CONTROL] = bridge_control;
    driver->DriverUnload = bridge_unload;
    return STATUS_SUCCESS;
}
