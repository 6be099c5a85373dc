/* The contract between the rtk-bridge driver and its user-mode client (the rtx64 agent): one device, one IOCTL per
 * RTKAPI call, fixed-layout METHOD_BUFFERED messages. Included by both sides (kernel: after ntddk.h; user mode: after
 * windows.h and winioctl.h). Every message starts with the same header; every reply carries the NTSTATUS the RTKAPI
 * call returned (the IRP itself completes with STATUS_SUCCESS whenever the message was well-formed). */
#ifndef RTK_BRIDGE_IOCTL_H
#define RTK_BRIDGE_IOCTL_H

#define RTK_BRIDGE_DEVICE_NAME L"\\Device\\RtkBridge"
#define RTK_BRIDGE_LINK_NAME L"\\DosDevices\\RtkBridge"
#define RTK_BRIDGE_USER_PATH L"\\\\.\\RtkBridge"
#define RTK_BRIDGE_VERSION 1u

#define RTK_BRIDGE_DEVICE_TYPE 0x8A52u
#define RTK_BRIDGE_CODE(n) CTL_CODE(RTK_BRIDGE_DEVICE_TYPE, 0x800 + (n), METHOD_BUFFERED, FILE_READ_DATA | FILE_WRITE_DATA)
#define IOCTL_RTK_BRIDGE_ATTACH RTK_BRIDGE_CODE(0)
#define IOCTL_RTK_BRIDGE_DETACH RTK_BRIDGE_CODE(1)
#define IOCTL_RTK_BRIDGE_CREATE RTK_BRIDGE_CODE(2)
#define IOCTL_RTK_BRIDGE_OPEN RTK_BRIDGE_CODE(3)
#define IOCTL_RTK_BRIDGE_UNMAP RTK_BRIDGE_CODE(4)
#define IOCTL_RTK_BRIDGE_CLOSE RTK_BRIDGE_CODE(5)
#define IOCTL_RTK_BRIDGE_READ RTK_BRIDGE_CODE(6)
#define IOCTL_RTK_BRIDGE_WRITE RTK_BRIDGE_CODE(7)
#define IOCTL_RTK_BRIDGE_VERSION RTK_BRIDGE_CODE(8)

/* A UNICODE_STRING argument as the C caller built it: whether the pointer and its Buffer are NULL, both lengths as
 * given (possibly odd or lying), and the whole allocation the caller made. */
#define RTK_BRIDGE_NAME_UNITS 32768u
struct rtk_bridge_name {
    UCHAR name_is_null;
    UCHAR buffer_is_null;
    USHORT length;
    USHORT maximum_length;
    USHORT reserved;
    ULONG unit_count;                      /* units of buffer in use: max(Length, MaximumLength) / 2, rounded up */
    WCHAR buffer[RTK_BRIDGE_NAME_UNITS];
};

/* Flags of an out-pointer the caller passes: 0 means the C caller passed NULL there. */
struct rtk_bridge_call {
    ULONG version;                         /* RTK_BRIDGE_VERSION */
    ULONG max_wfso;                        /* ATTACH */
    ULONG64 instance;                      /* every call but ATTACH */
    ULONG64 handle;                        /* CLOSE */
    ULONG64 location;                      /* UNMAP, READ, WRITE: the base; READ/WRITE add offset */
    ULONG64 offset;
    ULONG length;                          /* READ, WRITE: bytes, at most RTK_BRIDGE_ACCESS_BYTES */
    ULONG protect;                         /* CREATE */
    ULONG size_high, size_low;             /* CREATE */
    ULONG desired_access;                  /* OPEN */
    UCHAR inherit_handle;                  /* OPEN */
    UCHAR handle_pointer, location_pointer, instance_pointer;
    struct rtk_bridge_name name;           /* CREATE, OPEN */
};

#define RTK_BRIDGE_ACCESS_BYTES 65536u
enum rtk_bridge_access { RTK_BRIDGE_ACCESS_OK = 0, RTK_BRIDGE_ACCESS_VIOLATION = 1, RTK_BRIDGE_ACCESS_NOT_MAPPED = 2 };

struct rtk_bridge_reply {
    LONG status;                           /* the NTSTATUS the RTKAPI call returned */
    ULONG access;                          /* READ, WRITE: enum rtk_bridge_access */
    ULONG64 instance;                      /* ATTACH: *RtssInstPtr after the call */
    ULONG64 handle;                        /* CREATE, OPEN: *SharedMemoryHandle after the call */
    ULONG64 location;                      /* CREATE, OPEN: *Location after the call */
    LONG exception_code;                   /* READ, WRITE: the exception SEH caught, 0 when none */
    ULONG length;                          /* READ: bytes in data */
    UCHAR data[RTK_BRIDGE_ACCESS_BYTES];   /* WRITE carries its bytes here in the input buffer too */
};

#endif
