/* librtkapi_posix: the RTKAPI shared memory calls of RtkApi.h on Linux POSIX shared memory, for one process
 * (one simulated RTX caller). The rtk-posix-agent is only a protocol shell around these calls. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "RtkApi.h"
#include "agent_tables.h"
#include "rtkapi_posix.h"
#include "rtx_names.h"
#include "shm_objects.h"

static struct agent_tables tables;
static char run_prefix[64] = "default";

/* The POSIX side of the last call: errno and a sentence, reported by the agent beside the status. */
static int last_errno;
static const char *last_detail;

static NTSTATUS outcome(NTSTATUS status, int native, const char *detail) {
    last_errno = native;
    last_detail = detail;
    return status;
}

int RtkPosixSetNamespace(const char *prefix) {
    if (prefix == NULL || !valid_prefix(prefix)) {
        return -1;
    }
    snprintf(run_prefix, sizeof run_prefix, "%s", prefix);
    return 0;
}

int RtkPosixLastErrno(void) {
    return last_errno;
}

const char *RtkPosixLastDetail(void) {
    return last_detail;
}


/* ENOENT is D-6.A (the generic code); resource exhaustion is STATUS_NO_MEMORY; the rest is generic. */
static NTSTATUS status_for_errno(int error) {
    switch (error) {
    case ENOMEM: case ENOSPC: case EFBIG: case EMFILE: case ENFILE: case EOVERFLOW:
        return STATUS_NO_MEMORY;
    default:
        return STATUS_UNSUCCESSFUL;
    }
}

/* ---- tables ---- */

static struct instance *find_instance(RTSSINST value) {
    if (value == 0) {
        return NULL;
    }
    for (int i = 0; i < MAX_INSTANCES; i++) {
        if (tables.instances[i].used && tables.instances[i].value == (uint64_t) value) {
            return &tables.instances[i];
        }
    }
    return NULL;
}

static struct handle *free_handle_slot(void) {
    for (int i = 0; i < MAX_HANDLES; i++) {
        if (!tables.handles[i].used) {
            tables.handle_limit = i + 1 > tables.handle_limit ? i + 1 : tables.handle_limit;
            return &tables.handles[i];
        }
    }
    return NULL;
}

static struct view *free_view_slot(void) {
    for (int i = 0; i < MAX_VIEWS; i++) {
        if (!tables.views[i].used) {
            tables.view_limit = i + 1 > tables.view_limit ? i + 1 : tables.view_limit;
            return &tables.views[i];
        }
    }
    return NULL;
}

static size_t page_size(void) {
    long page = sysconf(_SC_PAGESIZE);
    return page > 0 ? (size_t) page : 4096;
}

static void unmap_view(struct view *view) {
    munmap((void *) view->base, view->map_length);
    view->used = 0;
}

/* Whether this caller still holds another handle to the object. */
static int other_handle_to(const struct handle *closing) {
    for (int i = 0; i < tables.handle_limit; i++) {
        const struct handle *other = &tables.handles[i];
        if (other->used && other != closing && strcmp(other->object.key, closing->object.key) == 0) {
            return 1;
        }
    }
    return 0;
}

/* Closes a handle; the last handle anywhere destroys the object, and with it this caller's views (D-15.A). */
static int close_handle(struct handle *handle) {
    int destroyed = 0;
    int error = 0;
    if (handle->object.named) {
        error = shm_close_named(handle->fd, handle->object.key, &destroyed);
    } else {
        close(handle->fd);
        destroyed = !other_handle_to(handle);
    }
    if (destroyed) {
        for (int i = 0; i < tables.view_limit; i++) {
            if (tables.views[i].used && strcmp(tables.views[i].object.key, handle->object.key) == 0) {
                unmap_view(&tables.views[i]);
            }
        }
    }
    handle->used = 0;
    return error;
}

/* ---- RtkRtssAttach / RtkRtssDetach ---- */

NTSTATUS RtkRtssAttach(ULONG MaxWFSO, PRTSSINST RtssInstPtr) {
    if (RtssInstPtr == NULL) {
        return outcome(STATUS_INVALID_PARAMETER, EINVAL, "RtssInstPtr is NULL");
    }
    *RtssInstPtr = 0; /* ATTACH-2: 0 is written on failure */
    if (MaxWFSO == 0) {
        return outcome(STATUS_INVALID_PARAMETER, EINVAL, "MaxWFSO must be at least 1");
    }
    struct instance *slot = NULL;
    for (int i = 0; i < MAX_INSTANCES && slot == NULL; i++) {
        if (!tables.instances[i].used) {
            slot = &tables.instances[i];
        }
    }
    if (slot == NULL) {
        return outcome(STATUS_UNSUCCESSFUL, EMFILE, "this agent holds 64 attached instances already");
    }
    slot->used = 1;
    slot->value = ((uint64_t) getpid() << 24) | (++tables.next_instance & 0xFFFFFF);
    *RtssInstPtr = (RTSSINST) slot->value;
    return outcome(STATUS_SUCCESS, 0, NULL);
}

NTSTATUS RtkRtssDetach(RTSSINST RtssInst) {
    struct instance *instance = find_instance(RtssInst);
    if (instance == NULL) {
        return outcome(STATUS_INVALID_PARAMETER, EINVAL, "not an attached instance of this caller");
    }
    /* D-16.A: detaching reclaims what the instance still holds, as process termination would. */
    for (int i = 0; i < tables.view_limit; i++) {
        if (tables.views[i].used && tables.views[i].instance == instance->value) {
            unmap_view(&tables.views[i]);
        }
    }
    for (int i = 0; i < tables.handle_limit; i++) {
        if (tables.handles[i].used && tables.handles[i].instance == instance->value) {
            close_handle(&tables.handles[i]);
        }
    }
    instance->used = 0;
    return outcome(STATUS_SUCCESS, 0, NULL);
}

/* ---- RtkCreateSharedMemory / RtkOpenSharedMemory ---- */

/* Maps a view for a fresh handle and records both; on failure nothing is left behind. */
static NTSTATUS install_handle_and_view(uint64_t instance, int fd, int writable, const struct object_ref *object,
                                        uint64_t *handle_out, uintptr_t *location_out) {
    struct handle *handle = free_handle_slot();
    struct view *view = free_view_slot();
    if (handle == NULL || view == NULL) {
        return outcome(STATUS_NO_MEMORY, EMFILE, "this agent's handle or view table is full");
    }
    off_t offset = object->named ? (off_t) shm_data_offset() : 0;
    /* A mapping keeps its open file description alive, and with it that description's OFD lock: mapped
     * through the handle's own descriptor, a view would count as a handle. So the view gets a description
     * of its own (reopening /proc/self/fd/N: same object, no lookup by name, no race). */
    char own_fd[64];
    snprintf(own_fd, sizeof own_fd, "/proc/self/fd/%d", fd);
    int view_fd = open(own_fd, (writable ? O_RDWR : O_RDONLY) | O_CLOEXEC);
    if (view_fd < 0) {
        int error = errno;
        return outcome(status_for_errno(error), error, "cannot reopen the object for its view");
    }
    /* Always MAP_SHARED: MAP_PRIVATE would make writes invisible to the other callers. */
    void *base = mmap(NULL, (size_t) object->size, writable ? PROT_READ | PROT_WRITE : PROT_READ, MAP_SHARED,
                      view_fd, offset);
    int map_error = errno;
    close(view_fd);
    if (base == MAP_FAILED) {
        return outcome(status_for_errno(map_error), map_error, "mmap failed");
    }
    struct stat identity;
    if (fstat(fd, &identity) != 0) {
        memset(&identity, 0, sizeof identity);
    }
    handle->used = 1;
    handle->value = 0x100 + 4 * tables.next_handle++;
    handle->instance = instance;
    handle->fd = fd;
    handle->object = *object;
    view->used = 1;
    view->base = (uintptr_t) base;
    size_t page = page_size();
    view->map_length = (size_t) ((object->size + page - 1) / page * page);
    view->writable = writable;
    view->device = (uint64_t) identity.st_dev;
    view->inode = (uint64_t) identity.st_ino;
    view->instance = instance;
    view->object = *object;
    *handle_out = handle->value;
    *location_out = view->base;
    return outcome(STATUS_SUCCESS, 0, NULL);
}

static NTSTATUS create_unnamed(uint64_t instance, uint64_t size, uint64_t *handle, uintptr_t *location) {
    int fd = memfd_create("rtk-unnamed", MFD_CLOEXEC);
    if (fd < 0) {
        return outcome(status_for_errno(errno), errno, "memfd_create failed");
    }
    if (ftruncate(fd, (off_t) size) != 0) {
        int error = errno;
        close(fd);
        return outcome(status_for_errno(error), error, "ftruncate failed");
    }
    struct object_ref object;
    memset(&object, 0, sizeof object);
    snprintf(object.key, sizeof object.key, "u.%ld.%llu", (long) getpid(),
             (unsigned long long) ++tables.next_unnamed);
    object.size = size;
    NTSTATUS status = install_handle_and_view(instance, fd, 1, &object, handle, location);
    if (status != STATUS_SUCCESS) {
        close(fd);
    }
    return status;
}

static NTSTATUS create_or_open_named(uint64_t instance, const UNICODE_STRING *name, int create, uint64_t size,
                                     int writable, uint64_t *handle, uintptr_t *location) {
    struct object_ref object;
    memset(&object, 0, sizeof object);
    object.named = 1;
    object.unit_count = name->Length / 2;
    memcpy(object.units, name->Buffer, object.unit_count * sizeof(uint16_t));
    posix_name_for(run_prefix, object.units, object.unit_count, object.key);
    if (free_handle_slot() == NULL || free_view_slot() == NULL) {
        return outcome(STATUS_NO_MEMORY, EMFILE, "this agent's handle or view table is full");
    }
    struct opened_object opened;
    int error = create ? shm_create_named(object.key, object.units, object.unit_count, size, &opened)
                       : shm_open_named(object.key, object.units, object.unit_count, writable, &opened);
    if (error != 0) {
        return outcome(status_for_errno(error), error,
                       error == ENOENT ? "no shared memory object has this name" : strerror(error));
    }
    object.size = opened.size; /* an existing object keeps its size (CREATE-EXIST-1) */
    NTSTATUS status = install_handle_and_view(instance, opened.fd, writable, &object, handle, location);
    if (status != STATUS_SUCCESS) {
        int destroyed;
        int native = last_errno;
        const char *detail = last_detail;
        shm_close_named(opened.fd, object.key, &destroyed);
        return outcome(status, native, detail);
    }
    if (create && opened.existed) {
        /* success, and the native code says the object was already there */
        return outcome(STATUS_SUCCESS, EEXIST, "the object existed; its size is unchanged");
    }
    return status;
}

/* D-11: the out-parameters are written only on success. */
static void deliver(PHANDLE handle_out, VOID **location_out, uint64_t handle, uintptr_t location) {
    *handle_out = (HANDLE) (uintptr_t) handle;
    *location_out = (VOID *) location;
}

NTSTATUS RtkCreateSharedMemory(RTSSINST RtssInst, PHANDLE SharedMemoryHandle, ULONG Protect, ULONG MaximumSizeHigh,
                               ULONG MaximumSizeLow, PUNICODE_STRING Name, VOID **Location) {
    (void) Protect; /* CREATE-PROT-1: Protect is ignored */
    int name_errno = 0;
    const char *violation = Name == NULL ? NULL : rtx_name_violation(Name, &name_errno);
    uint64_t handle = 0;
    uintptr_t location = 0;
    NTSTATUS status;
    if (find_instance(RtssInst) == NULL) {
        return outcome(STATUS_INVALID_PARAMETER, EINVAL, "RtssInst is not an attached instance of this caller");
    } else if (SharedMemoryHandle == NULL) {
        return outcome(STATUS_INVALID_PARAMETER, EINVAL, "SharedMemoryHandle is NULL");
    } else if (Location == NULL) {
        return outcome(STATUS_INVALID_PARAMETER, EINVAL, "Location is NULL");
    } else if (MaximumSizeHigh != 0) {
        return outcome(STATUS_INVALID_PARAMETER, EINVAL, "MaximumSizeHigh must be 0");
    } else if (MaximumSizeLow == 0) {
        return outcome(STATUS_INVALID_PARAMETER, EINVAL, "the size is 0");
    } else if (violation != NULL) {
        return outcome(STATUS_INVALID_PARAMETER, name_errno, violation);
    } else if (Name == NULL) {
        status = create_unnamed((uint64_t) RtssInst, MaximumSizeLow, &handle, &location);
    } else {
        status = create_or_open_named((uint64_t) RtssInst, Name, 1, MaximumSizeLow, 1, &handle, &location);
    }
    if (status == STATUS_SUCCESS) {
        deliver(SharedMemoryHandle, Location, handle, location);
    }
    return status;
}

NTSTATUS RtkOpenSharedMemory(RTSSINST RtssInst, PHANDLE SharedMemoryHandle, ULONG DesiredAccess,
                             BOOLEAN InheritHandle, PUNICODE_STRING Name, VOID **Location) {
    (void) InheritHandle; /* D-5.A: InheritHandle is ignored, whatever byte it holds */
    int name_errno = 0;
    const char *violation = rtx_name_violation(Name, &name_errno);
    if (find_instance(RtssInst) == NULL) {
        return outcome(STATUS_INVALID_PARAMETER, EINVAL, "RtssInst is not an attached instance of this caller");
    } else if (SharedMemoryHandle == NULL) {
        return outcome(STATUS_INVALID_PARAMETER, EINVAL, "SharedMemoryHandle is NULL");
    } else if (Location == NULL) {
        return outcome(STATUS_INVALID_PARAMETER, EINVAL, "location is NULL");
    } else if (DesiredAccess != SHM_MAP_READ && DesiredAccess != SHM_MAP_WRITE) {
        return outcome(STATUS_INVALID_PARAMETER, EINVAL, "DesiredAccess is neither SHM_MAP_READ nor SHM_MAP_WRITE");
    } else if (violation != NULL) {
        return outcome(STATUS_INVALID_PARAMETER, name_errno, violation);
    }
    uint64_t handle = 0;
    uintptr_t location = 0;
    NTSTATUS status = create_or_open_named((uint64_t) RtssInst, Name, 0, 0, DesiredAccess == SHM_MAP_WRITE,
                                           &handle, &location);
    if (status == STATUS_SUCCESS) {
        deliver(SharedMemoryHandle, Location, handle, location);
    }
    return status;
}

/* D-15.A across processes: a view counts as unmapped once another caller's last close (or termination, or
 * detach) destroyed its object. This caller holds no handle to it and the name no longer resolves to the object
 * mapped (unlinked, or a new object under the same name), or no handle anywhere holds it. */
static int destroyed_elsewhere(const struct view *view) {
    if (!view->object.named) {
        return 0; /* an unnamed object lives in this process only: its last close here unmapped its views */
    }
    for (int h = 0; h < tables.handle_limit; h++) {
        if (tables.handles[h].used && strcmp(tables.handles[h].object.key, view->object.key) == 0) {
            return 0;
        }
    }
    return !shm_still_alive(view->object.key, view->device, view->inode);
}

/* Unmaps the views of objects another caller destroyed, before anything looks at this caller's views. */
static void forget_views_of_destroyed_objects(void) {
    for (int i = 0; i < tables.view_limit; i++) {
        if (tables.views[i].used && destroyed_elsewhere(&tables.views[i])) {
            unmap_view(&tables.views[i]);
        }
    }
}

/* ---- RtkUnMapSharedMemory / RtkCloseHandle ---- */

NTSTATUS RtkUnMapSharedMemory(RTSSINST RtssInst, VOID *Location) {
    if (find_instance(RtssInst) == NULL) {
        return outcome(STATUS_INVALID_PARAMETER, EINVAL, "RtssInst is not an attached instance of this caller");
    }
    for (int i = 0; i < tables.view_limit; i++) {
        if (tables.views[i].used && tables.views[i].base == (uintptr_t) Location) {
            int destroyed = destroyed_elsewhere(&tables.views[i]);
            unmap_view(&tables.views[i]);
            if (destroyed) {
                /* D-15.A: the last close elsewhere already unmapped it; only our munmap was still pending */
                return outcome(STATUS_INVALID_PARAMETER, EINVAL,
                               "the view's object was destroyed by another caller's last close (D-15.A)");
            }
            return outcome(STATUS_SUCCESS, 0, NULL);
        }
    }
    return outcome(STATUS_INVALID_PARAMETER, EINVAL, "location is not the base of a view of this caller");
}

NTSTATUS RtkCloseHandle(RTSSINST RtssInst, HANDLE Object) {
    uint64_t value = (uint64_t) (uintptr_t) Object;
    if (find_instance(RtssInst) == NULL) {
        return outcome(STATUS_INVALID_PARAMETER, EINVAL, "RtssInst is not an attached instance of this caller");
    }
    if (value == 0) {
        /* NULL is never a handle (D-19.A): an invalid argument, unlike a handle that was closed (CLOSE-3). */
        return outcome(STATUS_INVALID_PARAMETER, EINVAL, "the handle is NULL");
    }
    for (int i = 0; i < tables.handle_limit; i++) {
        if (tables.handles[i].used && tables.handles[i].value == value) {
            close_handle(&tables.handles[i]);
            return outcome(STATUS_SUCCESS, 0, NULL);
        }
    }
    /* CLOSE-2: an unknown or already closed handle gives STATUS_UNSUCCESSFUL. */
    return outcome(STATUS_UNSUCCESSFUL, EBADF, "not an open handle of this caller");
}

/* ---- process-wide ---- */

/* READ and WRITE for the agent (D-15.A): only inside a view still mapped, and after dropping the views another
 * caller's last close destroyed, so such a view finds nothing mapped like one this caller's own close dropped. */
int RtkPosixAccessView(int write, uintptr_t address, unsigned char *data, size_t len, char *detail,
                       size_t detail_size) {
    (void) write;
    (void) data;
    (void) len;
    /* Only the library knows that another caller's last close destroyed a view's object (D-15.A): such a view
     * is gone. A live view is the operating system's to judge, faults and all. */
    forget_views_of_destroyed_objects();
    for (int i = 0; i < tables.view_limit; i++) {
        const struct view *view = &tables.views[i];
        if (view->used && address >= view->base && address - view->base < view->map_length) {
            return RTK_POSIX_VIEW_BY_SDK;
        }
    }
    snprintf(detail, detail_size, "no view of this caller is mapped at this address (its object was destroyed, "
             "D-15.A, or it was never mapped)");
    return RTK_POSIX_VIEW_NOT_MAPPED;
}

static int compare_refs(const void *a, const void *b) {
    const struct object_ref *left = *(const struct object_ref *const *) a;
    const struct object_ref *right = *(const struct object_ref *const *) b;
    return strcmp(left->key, right->key);
}

int RtkPosixListHeld(RtkPosixHeldSink sink, void *context) {
    forget_views_of_destroyed_objects();
    /* Sorted by key, each object's handles and views are adjacent: one pass counts them. */
    static const struct object_ref *refs[MAX_HANDLES + MAX_VIEWS];
    int count = 0;
    for (int i = 0; i < tables.handle_limit; i++) {
        if (tables.handles[i].used) refs[count++] = &tables.handles[i].object;
    }
    for (int i = 0; i < tables.view_limit; i++) {
        if (tables.views[i].used) refs[count++] = &tables.views[i].object;
    }
    /* Sort pointers; whether a pointer is a handle's or a view's follows from which table it points into. */
    qsort(refs, (size_t) count, sizeof refs[0], compare_refs);
    const char *handles_begin = (const char *) &tables.handles[0];
    const char *handles_end = (const char *) &tables.handles[MAX_HANDLES];
    for (int i = 0; i < count;) {
        struct RtkPosixHeldObject held = {refs[i]->key + (refs[i]->named ? 1 : 0), refs[i]->size, 0, 0,
                                          refs[i]->named ? refs[i]->units : NULL, refs[i]->named ? refs[i]->unit_count : 0};
        int j = i;
        while (j < count && strcmp(refs[j]->key, refs[i]->key) == 0) {
            const char *at = (const char *) refs[j];
            if (at >= handles_begin && at < handles_end) held.handles++; else held.views++;
            j++;
        }
        sink(context, &held);
        i = j;
    }
    return 0;
}

int RtkPosixSweep(const char *prefix) {
    char entry_prefix[80];
    if (prefix == NULL) {
        snprintf(entry_prefix, sizeof entry_prefix, "rtk.");
    } else if (!valid_prefix(prefix)) {
        return -EINVAL;
    } else {
        snprintf(entry_prefix, sizeof entry_prefix, "rtk.%s.", prefix);
    }
    return shm_sweep(entry_prefix);
}
