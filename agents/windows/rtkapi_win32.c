/* librtkapi_win32.a: the RTKAPI shared-memory calls as a thin port onto Win32 file mappings (CreateFileMappingW,
 * OpenFileMappingW, MapViewOfFile, UnmapViewOfFile, CloseHandle). The system decides name lookup, case, access
 * rights, lifetime and sharing between processes. The port adds only what Win32 lacks by design, each a declared
 * reading or a documented translation (agents/windows/README.md):
 *   - the RTSS instance and the per-instance ownership of handles and views (D-16.A, D-22.C);
 *   - the RTX parameter rules Win32 has no counterpart for: UNICODE_STRING shape (D-9.A), 260 code units (D-8.A),
 *     no backslash (D-12.A), NULL out-pointers (OPEN-HANDLE-2, D-11.A), MaximumSizeHigh 0;
 *   - SHM_MAP_READ 1 / SHM_MAP_WRITE 2 translated to FILE_MAP_READ 4 / FILE_MAP_WRITE 2 (D-4.A: no other value);
 *   - the Win32 error translated to an NTSTATUS of the page's list (status_of). */
#include "rtkapi_win32.h"

#include <stdio.h>
#include <string.h>

static struct win32_tables tables;
static unsigned long last_error;
static char last_detail[200];
static WCHAR name_prefix[48] = L"rtk.default:";

/* ---- outcome of a call: status, Win32 error, detail ---- */

static NTSTATUS done(NTSTATUS status, unsigned long error, const char *detail) {
    last_error = error;
    snprintf(last_detail, sizeof last_detail, "%s", detail == NULL ? "" : detail);
    return status;
}

/* The documented translation of a Win32 error into the page's vocabulary; the error itself stays visible. */
static NTSTATUS status_of(unsigned long error) {
    switch (error) {
    case ERROR_FILE_NOT_FOUND:        /* no object of that name: D-6.A */
        return STATUS_UNSUCCESSFUL;
    case ERROR_INVALID_HANDLE:        /* the name belongs to another kind of object: D-7.A */
        return STATUS_INVALID_HANDLE;
    case ERROR_NOT_ENOUGH_MEMORY:
    case ERROR_OUTOFMEMORY:
    case ERROR_COMMITMENT_LIMIT:
    case ERROR_NO_SYSTEM_RESOURCES:
    case ERROR_DISK_FULL:             /* D-17.A: allocating the object or mapping a view failed */
        return STATUS_NO_MEMORY;
    case ERROR_INVALID_PARAMETER:
    case ERROR_INVALID_NAME:
    case ERROR_BAD_PATHNAME:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_FILENAME_EXCED_RANGE:
        return STATUS_INVALID_PARAMETER;
    default:
        return STATUS_UNSUCCESSFUL;
    }
}

static NTSTATUS failed_call(const char *call) {
    unsigned long error = GetLastError();
    char detail[120];
    snprintf(detail, sizeof detail, "%s failed with Win32 error %lu", call, error);
    return done(status_of(error), error, detail);
}

/* ---- instances ---- */

static struct win32_instance *instance_of(RTSSINST value) {
    if (value == 0) {
        return NULL;
    }
    for (int i = 0; i < WIN32_MAX_INSTANCES; i++) {
        if (tables.instances[i].used && tables.instances[i].value == value) {
            return &tables.instances[i];
        }
    }
    return NULL;
}

static NTSTATUS refuse_instance(void) {
    return done(STATUS_INVALID_PARAMETER, ERROR_INVALID_PARAMETER,
                "RtssInst is not an instance attached in this caller (0, never issued, or detached)");
}

/* ---- names ---- */

struct win32_name {
    WCHAR text[WIN32_NAME_MAX_UNITS + 1];
    struct object_ref object;
};

/* The RTX rules for a name Win32 has no counterpart for (D-9.A, D-8.A, D-12.A); then the Win32 name is the run's
 * prefix and the RTX code units as they are. Win32 takes a NUL-terminated string, so it sees the name up to its
 * first U+0000: a limit of the Win32 API the kit reports, not something the port hides. Returns NULL when valid. */
static const char *win32_name_of(PUNICODE_STRING name, struct win32_name *out) {
    if (name->Buffer == NULL || name->Length % 2 != 0 || name->MaximumLength % 2 != 0
            || name->Length > name->MaximumLength || name->Length == 0) {
        return "malformed or empty UNICODE_STRING (D-9.A)";
    }
    size_t units = name->Length / 2;
    if (units > RTX_NAME_LIMIT_UNITS) {
        return "name longer than 260 UTF-16 code units (D-8.A)";
    }
    for (size_t i = 0; i < units; i++) {
        if (name->Buffer[i] == L'\\') {
            return "backslash in the name (D-12.A)";
        }
    }
    size_t prefix = wcslen(name_prefix);
    memcpy(out->text, name_prefix, prefix * sizeof(WCHAR));
    memcpy(out->text + prefix, name->Buffer, units * sizeof(WCHAR));
    out->text[prefix + units] = L'\0';
    memset(&out->object, 0, sizeof out->object);
    out->object.named = 1;
    memcpy(out->object.units, name->Buffer, units * sizeof(WCHAR));
    out->object.unit_count = units;
    return NULL;
}

int RtkWin32SetNamespace(const char *prefix) {
    size_t length = strlen(prefix);
    if (length == 0 || length > 40 || strspn(prefix, "abcdefghijklmnopqrstuvwxyz0123456789.") != length) {
        return -1;
    }
    swprintf(name_prefix, sizeof name_prefix / sizeof name_prefix[0], L"rtk.%hs:", prefix);
    return 0;
}

/* ---- tables ---- */

typedef LONG(NTAPI *query_section_fn)(HANDLE, int, PVOID, SIZE_T, PSIZE_T);

/* The section's size as the system keeps it (NtQuerySection, SectionBasicInformation); 0 when it does not say. */
static uint64_t section_size(HANDLE section) {
    static query_section_fn query;
    if (query == NULL) {
        query = (query_section_fn) (void (*)(void)) GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "NtQuerySection");
    }
    struct { PVOID base; ULONG attributes; LARGE_INTEGER size; } basic;
    if (query == NULL || query(section, 0, &basic, sizeof basic, NULL) < 0) {
        return 0;
    }
    return (uint64_t) basic.size.QuadPart;
}

static struct win32_handle *free_handle_slot(void) {
    for (int i = 0; i < WIN32_MAX_HANDLES; i++) {
        if (!tables.handles[i].used) {
            return &tables.handles[i];
        }
    }
    return NULL;
}

static struct win32_view *free_view_slot(void) {
    for (int i = 0; i < WIN32_MAX_VIEWS; i++) {
        if (!tables.views[i].used) {
            return &tables.views[i];
        }
    }
    return NULL;
}

static NTSTATUS table_full(void) {
    return done(STATUS_NO_MEMORY, ERROR_TOO_MANY_OPEN_FILES, "this caller holds 1024 handles or views already");
}

/* Maps a view of section for the caller and records the handle and view; closes the handle on failure. */
static NTSTATUS map_and_record(RTSSINST instance, HANDLE section, DWORD view_access, struct object_ref *object,
                               PHANDLE handle_out, VOID **location_out, NTSTATUS success, unsigned long error) {
    struct win32_handle *handle = free_handle_slot();
    struct win32_view *view = free_view_slot();
    if (handle == NULL || view == NULL) {
        CloseHandle(section);
        return table_full();
    }
    void *base = MapViewOfFile(section, view_access, 0, 0, 0);
    if (base == NULL) {
        NTSTATUS status = failed_call("MapViewOfFile");
        CloseHandle(section);
        return status;
    }
    MEMORY_BASIC_INFORMATION region;
    size_t length = VirtualQuery(base, &region, sizeof region) == sizeof region ? region.RegionSize : 0;
    object->size = section_size(section);
    *handle = (struct win32_handle) {1, section, instance, KIND_SHARED_MEMORY, *object};
    *view = (struct win32_view) {1, (uintptr_t) base, length, view_access == FILE_MAP_WRITE, instance, *object};
    *handle_out = section;
    *location_out = base;
    return done(success, error, success == STATUS_SUCCESS ? NULL : "the object existed (ERROR_ALREADY_EXISTS)");
}

/* ---- the calls ---- */

NTSTATUS RtkRtssAttach(ULONG MaxWFSO, PRTSSINST RtssInstPtr) {
    if (RtssInstPtr == NULL) {
        return done(STATUS_INVALID_PARAMETER, ERROR_INVALID_PARAMETER, "RtssInstPtr is NULL");
    }
    *RtssInstPtr = 0;
    if (MaxWFSO == 0) {
        return done(STATUS_INVALID_PARAMETER, ERROR_INVALID_PARAMETER, "MaxWFSO must be at least 1");
    }
    for (int i = 0; i < WIN32_MAX_INSTANCES; i++) {
        if (!tables.instances[i].used) {
            /* Never reused, never 0, and with the process id in it, so one caller's value is never another's
             * (D-22.C: a value issued to another caller is invalid here). */
            RTSSINST value = ((RTSSINST) 0x5254u << 48) | ((RTSSINST) GetCurrentProcessId() << 16)
                             | (RTSSINST) ((++tables.next_instance) << 4);
            tables.instances[i] = (struct win32_instance) {1, value};
            *RtssInstPtr = value;
            return done(STATUS_SUCCESS, 0, NULL);
        }
    }
    return done(STATUS_NO_MEMORY, ERROR_TOO_MANY_OPEN_FILES, "64 instances are attached already");
}

static void release_instance(RTSSINST value) {
    for (int i = 0; i < WIN32_MAX_VIEWS; i++) {
        if (tables.views[i].used && tables.views[i].instance == value) {
            UnmapViewOfFile((void *) tables.views[i].base);
            tables.views[i].used = 0;
        }
    }
    for (int i = 0; i < WIN32_MAX_HANDLES; i++) {
        if (tables.handles[i].used && tables.handles[i].instance == value) {
            CloseHandle(tables.handles[i].value);
            tables.handles[i].used = 0;
        }
    }
}

NTSTATUS RtkRtssDetach(RTSSINST RtssInst) {
    struct win32_instance *instance = instance_of(RtssInst);
    if (instance == NULL) {
        return refuse_instance();
    }
    release_instance(RtssInst); /* D-16.A */
    instance->used = 0;
    return done(STATUS_SUCCESS, 0, NULL);
}

NTSTATUS RtkCreateSharedMemory(RTSSINST RtssInst, PHANDLE SharedMemoryHandle, ULONG Protect, ULONG MaximumSizeHigh,
                               ULONG MaximumSizeLow, PUNICODE_STRING Name, VOID **Location) {
    (void) Protect; /* ignored, as the page says: every object is PAGE_READWRITE (D-3.A) */
    if (instance_of(RtssInst) == NULL) {
        return refuse_instance();
    }
    if (SharedMemoryHandle == NULL || Location == NULL) {
        return done(STATUS_INVALID_PARAMETER, ERROR_INVALID_PARAMETER, "SharedMemoryHandle or Location is NULL");
    }
    if (MaximumSizeHigh != 0) {
        return done(STATUS_INVALID_PARAMETER, ERROR_INVALID_PARAMETER, "MaximumSizeHigh can only be 0");
    }
    static struct win32_name name;
    const WCHAR *win32_name = NULL;
    if (Name != NULL) {
        const char *invalid = win32_name_of(Name, &name);
        if (invalid != NULL) {
            return done(STATUS_INVALID_PARAMETER, ERROR_INVALID_NAME, invalid);
        }
        win32_name = name.text;
    } else {
        memset(&name.object, 0, sizeof name.object);
        name.object.unnamed_id = ++tables.next_unnamed;
    }
    SetLastError(0);
    HANDLE section = CreateFileMappingW(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, MaximumSizeLow, win32_name);
    if (section == NULL) {
        return failed_call("CreateFileMappingW");
    }
    /* D-24.B: the NTSTATUS the system's ERROR_ALREADY_EXISTS stands for. */
    int existed = GetLastError() == ERROR_ALREADY_EXISTS;
    return map_and_record(RtssInst, section, FILE_MAP_WRITE, &name.object, SharedMemoryHandle, Location,
                          existed ? STATUS_OBJECT_NAME_EXISTS : STATUS_SUCCESS, existed ? ERROR_ALREADY_EXISTS : 0);
}

NTSTATUS RtkOpenSharedMemory(RTSSINST RtssInst, PHANDLE SharedMemoryHandle, ULONG DesiredAccess,
                             BOOLEAN InheritHandle, PUNICODE_STRING Name, VOID **Location) {
    if (instance_of(RtssInst) == NULL) {
        return refuse_instance();
    }
    if (SharedMemoryHandle == NULL) {
        return done(STATUS_INVALID_PARAMETER, ERROR_INVALID_PARAMETER, "SharedMemoryHandle is NULL");
    }
    if (Location == NULL) {
        return done(STATUS_INVALID_PARAMETER, ERROR_INVALID_PARAMETER, "location is NULL (D-11.A)");
    }
    /* SHM_MAP_READ 1 and SHM_MAP_WRITE 2 are not FILE_MAP_READ 4 and FILE_MAP_WRITE 2: translated, never passed. */
    DWORD view_access;
    if (DesiredAccess == SHM_MAP_READ) {
        view_access = FILE_MAP_READ;
    } else if (DesiredAccess == SHM_MAP_WRITE) {
        view_access = FILE_MAP_WRITE;
    } else {
        return done(STATUS_INVALID_PARAMETER, ERROR_INVALID_PARAMETER, "DesiredAccess is neither SHM_MAP_READ nor"
                    " SHM_MAP_WRITE (D-4.A)");
    }
    static struct win32_name name;
    const WCHAR *win32_name = NULL; /* a NULL Name goes to the system as NULL: it decides (D-10) */
    if (Name != NULL) {
        const char *invalid = win32_name_of(Name, &name);
        if (invalid != NULL) {
            return done(STATUS_INVALID_PARAMETER, ERROR_INVALID_NAME, invalid);
        }
        win32_name = name.text;
    }
    /* The handle always grants read and write (OPEN-ACCESS-2); the view follows DesiredAccess (D-1.B). SECTION_QUERY
     * only lets the port read the size back for LIST. InheritHandle is handed to the system, which ignores it for a
     * caller that starts no child process (D-5.A). */
    HANDLE section = OpenFileMappingW(FILE_MAP_READ | FILE_MAP_WRITE | SECTION_QUERY, InheritHandle != 0,
                                      win32_name);
    if (section == NULL) {
        return failed_call("OpenFileMappingW");
    }
    return map_and_record(RtssInst, section, view_access, &name.object, SharedMemoryHandle, Location,
                          STATUS_SUCCESS, 0);
}

NTSTATUS RtkUnMapSharedMemory(RTSSINST RtssInst, VOID *Location) {
    if (instance_of(RtssInst) == NULL) {
        return refuse_instance();
    }
    /* Only a view this instance mapped: any other address could be one of the agent's own images. */
    for (int i = 0; i < WIN32_MAX_VIEWS; i++) {
        struct win32_view *view = &tables.views[i];
        if (view->used && view->instance == RtssInst && view->base == (uintptr_t) Location) {
            if (!UnmapViewOfFile(Location)) {
                return failed_call("UnmapViewOfFile");
            }
            view->used = 0;
            return done(STATUS_SUCCESS, 0, NULL);
        }
    }
    return done(STATUS_INVALID_PARAMETER, ERROR_INVALID_ADDRESS, "not the base of a view this instance mapped");
}

NTSTATUS RtkCloseHandle(RTSSINST RtssInst, HANDLE Object) {
    if (instance_of(RtssInst) == NULL) {
        return refuse_instance();
    }
    if (Object == NULL) {
        return done(STATUS_INVALID_PARAMETER, ERROR_INVALID_HANDLE, "the handle is NULL");
    }
    /* Only a handle this instance holds: any other value could be one of the agent's own (its pipes). */
    for (int i = 0; i < WIN32_MAX_HANDLES; i++) {
        struct win32_handle *handle = &tables.handles[i];
        if (handle->used && handle->instance == RtssInst && handle->value == Object) {
            if (!CloseHandle(Object)) {
                return failed_call("CloseHandle");
            }
            handle->used = 0;
            return done(STATUS_SUCCESS, 0, NULL);
        }
    }
    /* What CloseHandle says of a handle that is not open, as the page's "already invalidated" status. */
    return done(STATUS_UNSUCCESSFUL, ERROR_INVALID_HANDLE, "not a handle this instance holds (closed already?)");
}

NTSTATUS RtkWin32CreateNamedObject(RTSSINST RtssInst, enum object_kind kind, PUNICODE_STRING Name, PHANDLE Handle) {
    if (instance_of(RtssInst) == NULL) {
        return refuse_instance();
    }
    static struct win32_name name;
    const char *invalid = win32_name_of(Name, &name);
    if (invalid != NULL) {
        return done(STATUS_INVALID_PARAMETER, ERROR_INVALID_NAME, invalid);
    }
    struct win32_handle *slot = free_handle_slot();
    if (slot == NULL) {
        return table_full();
    }
    HANDLE object = kind == KIND_EVENT ? CreateEventW(NULL, TRUE, FALSE, name.text)
                  : kind == KIND_MUTEX ? CreateMutexW(NULL, FALSE, name.text)
                  : CreateSemaphoreW(NULL, 0, 1, name.text);
    if (object == NULL) {
        return failed_call(kind == KIND_EVENT ? "CreateEventW" : kind == KIND_MUTEX ? "CreateMutexW"
                           : "CreateSemaphoreW");
    }
    *slot = (struct win32_handle) {1, object, RtssInst, kind, name.object};
    *Handle = object;
    return done(STATUS_SUCCESS, 0, NULL);
}

unsigned long RtkWin32LastError(void) {
    return last_error;
}

const char *RtkWin32LastDetail(void) {
    return last_detail;
}

const struct win32_tables *RtkWin32Tables(void) {
    return &tables;
}

void RtkWin32ReleaseEverything(void) {
    for (int i = 0; i < WIN32_MAX_INSTANCES; i++) {
        if (tables.instances[i].used) {
            release_instance(tables.instances[i].value);
            tables.instances[i].used = 0;
        }
    }
}

/* ---- LIST ---- */

/* FNV-1a over a name's UTF-16 code units (little-endian bytes), with the count folded in. */
static uint64_t units_digest(const uint16_t *units, size_t count, uint64_t basis) {
    uint64_t hash = basis;
    for (size_t u = 0; u < count; u++) {
        hash = (hash ^ (units[u] & 0xFFu)) * 0x100000001B3ULL;
        hash = (hash ^ (units[u] >> 8)) * 0x100000001B3ULL;
    }
    return (hash ^ (uint64_t) count) * 0x100000001B3ULL;
}

/* The identity of an object across callers: a 128-bit digest of its RTX name's code units (the SDK caps a key at
 * 200 bytes and a name may have 260 units; LIST reports the units themselves beside it), or the unnamed object's
 * owner and number. */
static void object_key(const struct object_ref *object, char *key, size_t size) {
    if (!object->named) {
        snprintf(key, size, "u.%lu.%llu", GetCurrentProcessId(), (unsigned long long) object->unnamed_id);
        return;
    }
    snprintf(key, size, "n.%016llx%016llx",
             (unsigned long long) units_digest(object->units, object->unit_count, 0xCBF29CE484222325ULL),
             (unsigned long long) units_digest(object->units, object->unit_count, 0x84222325CBF29CE4ULL));
}

int RtkWin32ListHeld(void (*sink)(void *context, const struct RtkWin32HeldObject *object), void *context) {
    enum { ENTRIES = WIN32_MAX_HANDLES + WIN32_MAX_VIEWS };
    static char keys[ENTRIES][48];
    static const struct object_ref *refs[ENTRIES];
    static enum object_kind kinds[ENTRIES];
    static int is_handle[ENTRIES];
    int count = 0;
    for (int i = 0; i < WIN32_MAX_HANDLES; i++) {
        if (tables.handles[i].used) {
            refs[count] = &tables.handles[i].object;
            kinds[count] = tables.handles[i].kind;
            is_handle[count++] = 1;
        }
    }
    for (int i = 0; i < WIN32_MAX_VIEWS; i++) {
        if (tables.views[i].used) {
            refs[count] = &tables.views[i].object;
            kinds[count] = KIND_SHARED_MEMORY;
            is_handle[count++] = 0;
        }
    }
    for (int i = 0; i < count; i++) {
        object_key(refs[i], keys[i], sizeof keys[i]);
    }
    /* One entry per distinct key; quadratic in the entries, which are few. */
    for (int i = 0; i < count; i++) {
        int first = 1, handles = 0, views = 0;
        for (int j = 0; j < count && first; j++) {
            if (strcmp(keys[i], keys[j]) == 0) {
                if (j < i) {
                    first = 0;
                } else if (is_handle[j]) {
                    handles++;
                } else {
                    views++;
                }
            }
        }
        if (first) {
            struct RtkWin32HeldObject held = {keys[i], refs[i]->size, handles, views,
                                              refs[i]->named ? refs[i]->units : NULL, refs[i]->unit_count, kinds[i]};
            sink(context, &held);
        }
    }
    return 0;
}
