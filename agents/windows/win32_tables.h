/* What one agent process (one simulated RTX caller) holds through librtkapi_win32.a: its RTSS instances, and the
 * Win32 handles and views it made through them. Win32 keeps no notion of an RTSS instance, so the port does. */
#ifndef RTK_WIN32_TABLES_H
#define RTK_WIN32_TABLES_H

#include <stddef.h>
#include <stdint.h>

#include "RtkApi.h"
#include <stdint.h>

#define WIN32_MAX_INSTANCES 64
#define WIN32_MAX_HANDLES 1024
#define WIN32_MAX_VIEWS 1024
#define RTX_NAME_LIMIT_UNITS 260
/* "rtk.<prefix>:" before the RTX name; prefixes are at most 40 characters. */
#define WIN32_NAME_MAX_UNITS (RTX_NAME_LIMIT_UNITS + 48)

enum object_kind { KIND_SHARED_MEMORY, KIND_EVENT, KIND_MUTEX, KIND_SEMAPHORE };

/* Which object a handle or view belongs to: its RTX name (as the caller gave it), or an unnamed object's number. */
struct object_ref {
    int named;
    uint16_t units[RTX_NAME_LIMIT_UNITS];
    size_t unit_count;
    uint64_t unnamed_id;  /* "u.<pid>.<n>" for an unnamed object */
    uint64_t size;        /* the section's size as the system reports it (NtQuerySection), 0 if unknown */
};

struct win32_instance {
    int used;
    RTSSINST value;
};

struct win32_handle {
    int used;
    HANDLE value;
    RTSSINST instance;
    enum object_kind kind;
    struct object_ref object;
};

struct win32_view {
    int used;
    uintptr_t base;
    size_t length;   /* the region the system mapped (whole pages) */
    int writable;
    RTSSINST instance;
    struct object_ref object;
};

struct win32_tables {
    struct win32_instance instances[WIN32_MAX_INSTANCES];
    struct win32_handle handles[WIN32_MAX_HANDLES];
    struct win32_view views[WIN32_MAX_VIEWS];
    uint64_t next_instance;
    uint64_t next_unnamed;
};

#endif
