/* rtk-posix-agent: one simulated RTX caller process implementing the RTKAPI shared memory calls on POSIX
 * shared memory, driven over stdio by the rtk-agent/1 protocol (docs/agent-protocol.md). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "agent_tables.h"
#include "guarded_access.h"
#include "protocol.h"
#include "rtx_names.h"
#include "shm_objects.h"

#define STATUS_SUCCESS 0x00000000u
#define STATUS_UNSUCCESSFUL 0xC0000001u
#define STATUS_INVALID_PARAMETER 0xC000000Du
#define STATUS_NO_MEMORY 0xC0000017u

#define SHM_MAP_READ 1u
#define SHM_MAP_WRITE 2u
#define MAX_ACCESS_BYTES 65536u

static const char *const CAPABILITIES = "MULTIPLE_CALLERS,VIEW_ACCESS,CALLER_TERMINATION,INTROSPECTION,UNMAP";
/* Each reading is what this agent does, not a wish: see docs/agent-protocol.md "Declared readings". */
static const char *const READINGS =
    "D-1.B,D-3.A,D-4.A,D-5.A,D-6.A,D-8.A,D-9.A,D-10.A,D-11.A,D-12.A,D-13.A,D-14.B,D-15.A,D-16.A,D-18.A,"
    "D-19.A,D-21.B,D-22.C,D-24.A";

static struct agent_tables tables;
static char run_prefix[64];
static int greeted;

/* ---- outcome of an RTKAPI call ---- */

struct call_result {
    uint32_t status;
    int native;
    const char *detail;
};

static struct call_result result_of(uint32_t status, int native, const char *detail) {
    struct call_result result = { status, native, detail };
    return result;
}

/* ENOENT is D-6.A (the generic code); resource exhaustion is STATUS_NO_MEMORY; the rest is generic. */
static uint32_t status_for_errno(int error) {
    switch (error) {
    case ENOMEM: case ENOSPC: case EFBIG: case EMFILE: case ENFILE: case EOVERFLOW:
        return STATUS_NO_MEMORY;
    default:
        return STATUS_UNSUCCESSFUL;
    }
}

static void reply_call(const char *id, struct call_result result) {
    reply_begin();
    reply_append("%s OK status=%08X errno=%d", id, result.status, result.native);
    if (result.detail != NULL && *result.detail != '\0') {
        reply_append(" detail=");
        reply_append_text(result.detail);
    }
}

/* ---- tables ---- */

static struct instance *find_instance(uint64_t value) {
    if (value == 0) {
        return NULL;
    }
    for (int i = 0; i < MAX_INSTANCES; i++) {
        if (tables.instances[i].used && tables.instances[i].value == value) {
            return &tables.instances[i];
        }
    }
    return NULL;
}

static struct handle *free_handle_slot(void) {
    for (int i = 0; i < MAX_HANDLES; i++) {
        if (!tables.handles[i].used) {
            return &tables.handles[i];
        }
    }
    return NULL;
}

static struct view *free_view_slot(void) {
    for (int i = 0; i < MAX_VIEWS; i++) {
        if (!tables.views[i].used) {
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
    for (int i = 0; i < MAX_HANDLES; i++) {
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
        for (int i = 0; i < MAX_VIEWS; i++) {
            if (tables.views[i].used && strcmp(tables.views[i].object.key, handle->object.key) == 0) {
                unmap_view(&tables.views[i]);
            }
        }
    }
    handle->used = 0;
    return error;
}

/* ---- ATTACH / DETACH ---- */

static void do_attach(const char *id, struct request *request) {
    uint32_t max_wfso;
    if (request->count != 3 || parse_hex32(request->tokens[2], &max_wfso) != 0) {
        reply_error(id, "usage: <id> ATTACH <MaxWFSO hex32>");
        return;
    }
    struct call_result result = result_of(STATUS_SUCCESS, 0, NULL);
    uint64_t value = 0;
    if (max_wfso == 0) {
        result = result_of(STATUS_INVALID_PARAMETER, EINVAL, "MaxWFSO must be at least 1");
    } else {
        struct instance *slot = NULL;
        for (int i = 0; i < MAX_INSTANCES && slot == NULL; i++) {
            if (!tables.instances[i].used) {
                slot = &tables.instances[i];
            }
        }
        if (slot == NULL) {
            result = result_of(STATUS_UNSUCCESSFUL, EMFILE, "this agent holds 64 attached instances already");
        } else {
            value = ((uint64_t) getpid() << 24) | (++tables.next_instance & 0xFFFFFF);
            slot->used = 1;
            slot->value = value;
        }
    }
    reply_call(id, result);
    reply_append(" inst=%llX", (unsigned long long) value); /* ATTACH-2: 0 is written on failure */
    reply_send();
}

static void do_detach(const char *id, struct request *request) {
    uint64_t value;
    if (request->count != 3 || parse_hex64(request->tokens[2], &value) != 0) {
        reply_error(id, "usage: <id> DETACH <RtssInst hex64>");
        return;
    }
    struct instance *instance = find_instance(value);
    if (instance == NULL) {
        reply_call(id, result_of(STATUS_INVALID_PARAMETER, EINVAL, "not an attached instance of this caller"));
        reply_send();
        return;
    }
    /* D-16.A: detaching reclaims what the instance still holds, as process termination would. */
    for (int i = 0; i < MAX_VIEWS; i++) {
        if (tables.views[i].used && tables.views[i].instance == value) {
            unmap_view(&tables.views[i]);
        }
    }
    for (int i = 0; i < MAX_HANDLES; i++) {
        if (tables.handles[i].used && tables.handles[i].instance == value) {
            close_handle(&tables.handles[i]);
        }
    }
    instance->used = 0;
    reply_call(id, result_of(STATUS_SUCCESS, 0, NULL));
    reply_send();
}

/* ---- CREATE / OPEN ---- */

/* Maps a view for a fresh handle and records both; on failure nothing is left behind. */
static struct call_result install_handle_and_view(uint64_t instance, int fd, int writable,
                                                  const struct object_ref *object, uint64_t *handle_out,
                                                  uintptr_t *location_out) {
    struct handle *handle = free_handle_slot();
    struct view *view = free_view_slot();
    if (handle == NULL || view == NULL) {
        return result_of(STATUS_NO_MEMORY, EMFILE, "this agent's handle or view table is full");
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
        return result_of(status_for_errno(error), error, "cannot reopen the object for its view");
    }
    /* Always MAP_SHARED: MAP_PRIVATE would make writes invisible to the other callers. */
    void *base = mmap(NULL, (size_t) object->size, writable ? PROT_READ | PROT_WRITE : PROT_READ, MAP_SHARED,
                      view_fd, offset);
    int map_error = errno;
    close(view_fd);
    if (base == MAP_FAILED) {
        return result_of(status_for_errno(map_error), map_error, "mmap failed");
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
    return result_of(STATUS_SUCCESS, 0, NULL);
}

static void reply_created_or_opened(const char *id, struct call_result result, uint64_t handle, uintptr_t location) {
    reply_call(id, result);
    if (result.status == STATUS_SUCCESS) {
        reply_append(" handle=%llX location=%llX", (unsigned long long) handle, (unsigned long long) location);
    } else {
        reply_append(" handle=- location=-"); /* D-11: out-parameters are left untouched on failure */
    }
    reply_send();
}

static struct call_result create_unnamed(uint64_t instance, uint64_t size, uint64_t *handle, uintptr_t *location) {
    int fd = memfd_create("rtk-unnamed", MFD_CLOEXEC);
    if (fd < 0) {
        return result_of(status_for_errno(errno), errno, "memfd_create failed");
    }
    if (ftruncate(fd, (off_t) size) != 0) {
        int error = errno;
        close(fd);
        return result_of(status_for_errno(error), error, "ftruncate failed");
    }
    struct object_ref object;
    memset(&object, 0, sizeof object);
    snprintf(object.key, sizeof object.key, "u.%ld.%llu", (long) getpid(),
             (unsigned long long) ++tables.next_unnamed);
    object.size = size;
    struct call_result result = install_handle_and_view(instance, fd, 1, &object, handle, location);
    if (result.status != STATUS_SUCCESS) {
        close(fd);
    }
    return result;
}

static struct call_result create_or_open_named(uint64_t instance, const struct unicode_string *name, int create,
                                               uint64_t size, int writable, uint64_t *handle, uintptr_t *location) {
    struct object_ref object;
    memset(&object, 0, sizeof object);
    object.named = 1;
    object.unit_count = name->length / 2;
    memcpy(object.units, name->units, object.unit_count * sizeof(uint16_t));
    posix_name_for(run_prefix, object.units, object.unit_count, object.key);
    if (free_handle_slot() == NULL || free_view_slot() == NULL) {
        return result_of(STATUS_NO_MEMORY, EMFILE, "this agent's handle or view table is full");
    }
    struct opened_object opened;
    int error = create ? shm_create_named(object.key, object.units, object.unit_count, size, &opened)
                       : shm_open_named(object.key, object.units, object.unit_count, writable, &opened);
    if (error != 0) {
        return result_of(status_for_errno(error), error,
                         error == ENOENT ? "no shared memory object has this name" : strerror(error));
    }
    object.size = opened.size; /* an existing object keeps its size (CREATE-EXIST-1) */
    struct call_result result = install_handle_and_view(instance, opened.fd, writable, &object, handle, location);
    if (result.status != STATUS_SUCCESS) {
        int destroyed;
        shm_close_named(opened.fd, object.key, &destroyed);
        return result;
    }
    if (create && opened.existed) {
        result.native = EEXIST; /* success, and the native code says the object was already there */
        result.detail = "the object existed; its size is unchanged";
    }
    return result;
}

static void do_create(const char *id, struct request *request) {
    uint64_t instance;
    int handle_pointer, location_pointer;
    uint32_t protect, size_high, size_low;
    struct unicode_string name;
    if (request->count != 9 || parse_hex64(request->tokens[2], &instance) != 0
            || parse_flag(request->tokens[3], &handle_pointer) != 0 || parse_hex32(request->tokens[4], &protect) != 0
            || parse_hex32(request->tokens[5], &size_high) != 0 || parse_hex32(request->tokens[6], &size_low) != 0
            || parse_flag(request->tokens[8], &location_pointer) != 0) {
        reply_error(id, "usage: <id> CREATE <inst> <0|1> <Protect> <SizeHigh> <SizeLow> <name> <0|1>");
        return;
    }
    const char *malformed = parse_unicode_string(request->tokens[7], &name);
    if (malformed != NULL) {
        reply_error(id, malformed);
        return;
    }
    (void) protect; /* CREATE-PROT-1: Protect is ignored */
    uint64_t handle = 0;
    uintptr_t location = 0;
    struct call_result result;
    int name_errno = 0;
    const char *violation = name.null_pointer ? NULL : rtx_name_violation(&name, &name_errno);
    if (find_instance(instance) == NULL) {
        result = result_of(STATUS_INVALID_PARAMETER, EINVAL, "RtssInst is not an attached instance of this caller");
    } else if (!handle_pointer) {
        result = result_of(STATUS_INVALID_PARAMETER, EINVAL, "SharedMemoryHandle is NULL");
    } else if (!location_pointer) {
        result = result_of(STATUS_INVALID_PARAMETER, EINVAL, "Location is NULL");
    } else if (size_high != 0) {
        result = result_of(STATUS_INVALID_PARAMETER, EINVAL, "MaximumSizeHigh must be 0");
    } else if (size_low == 0) {
        result = result_of(STATUS_INVALID_PARAMETER, EINVAL, "the size is 0");
    } else if (violation != NULL) {
        result = result_of(STATUS_INVALID_PARAMETER, name_errno, violation);
    } else if (name.null_pointer) {
        result = create_unnamed(instance, size_low, &handle, &location);
    } else {
        result = create_or_open_named(instance, &name, 1, size_low, 1, &handle, &location);
    }
    free_unicode_string(&name);
    reply_created_or_opened(id, result, handle, location);
}

static void do_open(const char *id, struct request *request) {
    uint64_t instance;
    int handle_pointer, location_pointer;
    uint32_t access, inherit;
    struct unicode_string name;
    if (request->count != 8 || parse_hex64(request->tokens[2], &instance) != 0
            || parse_flag(request->tokens[3], &handle_pointer) != 0 || parse_hex32(request->tokens[4], &access) != 0
            || strlen(request->tokens[5]) > 2 || parse_hex32(request->tokens[5], &inherit) != 0
            || parse_flag(request->tokens[7], &location_pointer) != 0) {
        reply_error(id, "usage: <id> OPEN <inst> <0|1> <DesiredAccess> <InheritHandle hex8> <name> <0|1>");
        return;
    }
    const char *malformed = parse_unicode_string(request->tokens[6], &name);
    if (malformed != NULL) {
        reply_error(id, malformed);
        return;
    }
    (void) inherit; /* D-5.A: InheritHandle is ignored, whatever byte it holds */
    uint64_t handle = 0;
    uintptr_t location = 0;
    struct call_result result;
    int name_errno = 0;
    const char *violation = rtx_name_violation(&name, &name_errno);
    if (find_instance(instance) == NULL) {
        result = result_of(STATUS_INVALID_PARAMETER, EINVAL, "RtssInst is not an attached instance of this caller");
    } else if (!handle_pointer) {
        result = result_of(STATUS_INVALID_PARAMETER, EINVAL, "SharedMemoryHandle is NULL");
    } else if (!location_pointer) {
        result = result_of(STATUS_INVALID_PARAMETER, EINVAL, "location is NULL");
    } else if (access != SHM_MAP_READ && access != SHM_MAP_WRITE) {
        result = result_of(STATUS_INVALID_PARAMETER, EINVAL, "DesiredAccess is neither SHM_MAP_READ nor SHM_MAP_WRITE");
    } else if (violation != NULL) {
        result = result_of(STATUS_INVALID_PARAMETER, name_errno, violation);
    } else {
        result = create_or_open_named(instance, &name, 0, 0, access == SHM_MAP_WRITE, &handle, &location);
    }
    free_unicode_string(&name);
    reply_created_or_opened(id, result, handle, location);
}

/* ---- UNMAP / CLOSE ---- */

static void do_unmap(const char *id, struct request *request) {
    uint64_t instance, location;
    if (request->count != 4 || parse_hex64(request->tokens[2], &instance) != 0
            || parse_hex64(request->tokens[3], &location) != 0) {
        reply_error(id, "usage: <id> UNMAP <inst> <location hex64>");
        return;
    }
    struct call_result result = result_of(STATUS_INVALID_PARAMETER, EINVAL, "location is not the base of a view of this caller");
    if (find_instance(instance) == NULL) {
        result = result_of(STATUS_INVALID_PARAMETER, EINVAL, "RtssInst is not an attached instance of this caller");
    } else {
        for (int i = 0; i < MAX_VIEWS; i++) {
            if (tables.views[i].used && tables.views[i].base == location) {
                unmap_view(&tables.views[i]);
                result = result_of(STATUS_SUCCESS, 0, NULL);
                break;
            }
        }
    }
    reply_call(id, result);
    reply_send();
}

static void do_close(const char *id, struct request *request) {
    uint64_t instance, value;
    if (request->count != 4 || parse_hex64(request->tokens[2], &instance) != 0
            || parse_hex64(request->tokens[3], &value) != 0) {
        reply_error(id, "usage: <id> CLOSE <inst> <handle hex64>");
        return;
    }
    /* CLOSE-2: an unknown or already closed handle gives STATUS_UNSUCCESSFUL. */
    struct call_result result = result_of(STATUS_UNSUCCESSFUL, EBADF, "not an open handle of this caller");
    if (find_instance(instance) == NULL) {
        result = result_of(STATUS_INVALID_PARAMETER, EINVAL, "RtssInst is not an attached instance of this caller");
    } else if (value == 0) {
        /* NULL is never a handle (D-19.A): an invalid argument, unlike a handle that was closed (CLOSE-3). */
        result = result_of(STATUS_INVALID_PARAMETER, EINVAL, "the handle is NULL");
    } else {
        for (int i = 0; i < MAX_HANDLES; i++) {
            if (tables.handles[i].used && tables.handles[i].value == value) {
                close_handle(&tables.handles[i]);
                result = result_of(STATUS_SUCCESS, 0, NULL);
                break;
            }
        }
    }
    reply_call(id, result);
    reply_send();
}

/* ---- READ / WRITE ---- */

static const struct view *view_containing(uintptr_t address, size_t len) {
    for (int i = 0; i < MAX_VIEWS; i++) {
        const struct view *view = &tables.views[i];
        if (view->used && address >= view->base && len <= view->map_length
                && address - view->base <= view->map_length - len) {
            return view;
        }
    }
    return NULL;
}

/* Whether no page of the range is mapped at all: then touching it can only fault, never corrupt the agent. */
static int wholly_unmapped(uintptr_t address, size_t len) {
    size_t page = page_size();
    uintptr_t first = address & ~(uintptr_t) (page - 1);
    uintptr_t last = (address + (len > 0 ? len - 1 : 0)) & ~(uintptr_t) (page - 1);
    for (uintptr_t p = first;; p += page) {
        unsigned char residency;
        if (mincore((void *) p, page, &residency) == 0 || errno != ENOMEM) {
            return 0;
        }
        if (p == last) {
            return 1;
        }
    }
}

static void reply_fault(enum access_outcome outcome, const struct access_fault *fault) {
    char detail[160];
    const char *code = fault->signal_number == SIGBUS ? "BUS"
                     : fault->signal_code == SEGV_ACCERR ? "SEGV_ACCERR"
                     : fault->signal_code == SEGV_MAPERR ? "SEGV_MAPERR" : "SEGV";
    snprintf(detail, sizeof detail, "%s %s at 0x%llX", fault->signal_number == SIGBUS ? "SIGBUS" : "SIGSEGV", code,
             (unsigned long long) fault->fault_address);
    reply_append(" access=%s detail=", outcome == ACCESS_NOT_MAPPED ? "NOT_MAPPED" : "ACCESS_VIOLATION");
    reply_append_text(detail);
}

/* Resolves where an access may safely go; returns 0 to proceed, or 1 when it was answered already. */
static int refuse_unsafe(const char *id, uintptr_t base, uint64_t offset, size_t len, uintptr_t *address) {
    if (offset > UINTPTR_MAX - base || (uintptr_t) (base + offset) > UINTPTR_MAX - len) {
        reply_begin();
        reply_append("%s OK access=NOT_MAPPED detail=", id);
        reply_append_text("base + offset + length overflows the address space");
        reply_send();
        return 1;
    }
    *address = base + (uintptr_t) offset;
    if (view_containing(*address, len) != NULL || wholly_unmapped(*address, len)) {
        return 0;
    }
    reply_begin();
    reply_append("%s OK access=NOT_MAPPED detail=", id);
    reply_append_text("not within a view of this caller (the agent's own memory is there; not accessed)");
    reply_send();
    return 1;
}

static void do_read(const char *id, struct request *request) {
    uint64_t base, offset, length;
    if (request->count != 5 || parse_hex64(request->tokens[2], &base) != 0
            || parse_hex64(request->tokens[3], &offset) != 0
            || parse_dec(request->tokens[4], MAX_ACCESS_BYTES, &length) != 0) {
        reply_error(id, "usage: <id> READ <base hex64> <offset hex64> <length 0..65536>");
        return;
    }
    uintptr_t address;
    if (refuse_unsafe(id, (uintptr_t) base, offset, (size_t) length, &address)) {
        return;
    }
    static unsigned char data[MAX_ACCESS_BYTES];
    struct access_fault fault;
    enum access_outcome outcome = guarded_read(address, data, (size_t) length, &fault);
    reply_begin();
    reply_append("%s OK", id);
    if (outcome == ACCESS_OK) {
        reply_append(" access=OK data=");
        reply_append_hex(data, (size_t) length);
    } else {
        reply_fault(outcome, &fault);
    }
    reply_send();
}

static void do_write(const char *id, struct request *request) {
    uint64_t base, offset;
    static unsigned char data[MAX_ACCESS_BYTES];
    size_t length = 0;
    if (request->count != 5 || parse_hex64(request->tokens[2], &base) != 0
            || parse_hex64(request->tokens[3], &offset) != 0
            || parse_hex_bytes(request->tokens[4], data, &length, MAX_ACCESS_BYTES) != 0) {
        reply_error(id, "usage: <id> WRITE <base hex64> <offset hex64> <data: 1..65536 bytes as hex>");
        return;
    }
    uintptr_t address;
    if (refuse_unsafe(id, (uintptr_t) base, offset, length, &address)) {
        return;
    }
    struct access_fault fault;
    enum access_outcome outcome = guarded_write(address, data, length, &fault);
    reply_begin();
    reply_append("%s OK", id);
    if (outcome == ACCESS_OK) {
        reply_append(" access=OK");
    } else {
        reply_fault(outcome, &fault);
    }
    reply_send();
}

/* ---- LIST / SWEEP / HELLO ---- */

static int compare_refs(const void *a, const void *b) {
    const struct object_ref *left = *(const struct object_ref *const *) a;
    const struct object_ref *right = *(const struct object_ref *const *) b;
    return strcmp(left->key, right->key);
}

static void append_object(const struct object_ref *object, int handles, int views) {
    reply_append(" obj=%s,%llX,%d,%d,", object->key + (object->named ? 1 : 0), (unsigned long long) object->size,
                 handles, views);
    if (!object->named) {
        reply_append("-");
        return;
    }
    unsigned char bytes[RTX_NAME_LIMIT_UNITS * 2];
    for (size_t u = 0; u < object->unit_count; u++) {
        bytes[2 * u] = (unsigned char) (object->units[u] >> 8);
        bytes[2 * u + 1] = (unsigned char) (object->units[u] & 0xFF);
    }
    reply_append("N");
    reply_append_hex(bytes, object->unit_count * 2);
}

/* D-15.A across processes: another caller's last close destroyed an object this caller still has a view of
 * (without a handle). Its memory is gone (truncated); drop the view so the counts say what is mapped. */
static void forget_views_of_destroyed_objects(void) {
    for (int i = 0; i < MAX_VIEWS; i++) {
        struct view *view = &tables.views[i];
        if (!view->used || !view->object.named) {
            continue;
        }
        int held_here = 0;
        for (int h = 0; h < MAX_HANDLES && !held_here; h++) {
            held_here = tables.handles[h].used && strcmp(tables.handles[h].object.key, view->object.key) == 0;
        }
        if (!held_here && !shm_still_alive(view->object.key, view->device, view->inode)) {
            unmap_view(view);
        }
    }
}

static void do_list(const char *id, struct request *request) {
    if (request->count != 2) {
        reply_error(id, "usage: <id> LIST");
        return;
    }
    forget_views_of_destroyed_objects();
    /* Sorted by key, each object's handles and views are adjacent: one pass counts them. */
    static const struct object_ref *refs[MAX_HANDLES + MAX_VIEWS];
    int count = 0, handle_total = 0, view_total = 0;
    for (int i = 0; i < MAX_HANDLES; i++) {
        if (tables.handles[i].used) {
            refs[count++] = &tables.handles[i].object;
            handle_total++;
        }
    }
    for (int i = 0; i < MAX_VIEWS; i++) {
        if (tables.views[i].used) {
            refs[count++] = &tables.views[i].object;
            view_total++;
        }
    }
    /* Sort pointers; whether a pointer is a handle's or a view's follows from which table it points into. */
    qsort(refs, (size_t) count, sizeof refs[0], compare_refs);
    reply_begin();
    reply_append("%s OK handles=%d views=%d", id, handle_total, view_total);
    const char *handles_begin = (const char *) &tables.handles[0];
    const char *handles_end = (const char *) &tables.handles[MAX_HANDLES];
    for (int i = 0; i < count;) {
        int handles = 0, views = 0, j = i;
        while (j < count && strcmp(refs[j]->key, refs[i]->key) == 0) {
            const char *at = (const char *) refs[j];
            if (at >= handles_begin && at < handles_end) handles++; else views++;
            j++;
        }
        append_object(refs[i], handles, views);
        i = j;
    }
    reply_send();
}

static void do_sweep(const char *id, struct request *request) {
    if (request->count != 2) {
        reply_error(id, "usage: <id> SWEEP");
        return;
    }
    char entry_prefix[80];
    snprintf(entry_prefix, sizeof entry_prefix, "rtk.%s.", run_prefix);
    int removed = shm_sweep(entry_prefix);
    reply_begin();
    if (removed < 0) {
        reply_append("%s OK removed=0 errno=%d", id, -removed);
    } else {
        reply_append("%s OK removed=%d errno=0", id, removed);
    }
    reply_send();
}

static void do_hello(const char *id, struct request *request) {
    if (request->count != 3) {
        reply_error(id, "usage: <id> HELLO rtk-agent/1");
        return;
    }
    if (strcmp(request->tokens[2], RTK_PROTOCOL_VERSION) != 0) {
        reply_error(id, "unsupported protocol version; this agent speaks " RTK_PROTOCOL_VERSION);
        return;
    }
    greeted = 1;
    reply_begin();
    reply_append("%s HELLO %s backend=posix vendor=rtk-conformance product=", id, RTK_PROTOCOL_VERSION);
    reply_append_text("RTX64 RTKAPI shared memory on Linux POSIX shm");
    reply_append(" version=0.1.0 api=RTX64_2013_SP1 pid=%ld caps=%s readings=%s", (long) getpid(), CAPABILITIES,
                 READINGS);
    reply_send();
}

static void release_everything(void) {
    for (int i = 0; i < MAX_VIEWS; i++) {
        if (tables.views[i].used) unmap_view(&tables.views[i]);
    }
    for (int i = 0; i < MAX_HANDLES; i++) {
        if (tables.handles[i].used) close_handle(&tables.handles[i]);
    }
}

/* ---- the request loop ---- */

static void dispatch(char *line) {
    struct request request;
    const char *malformed = split_request(line, &request);
    uint64_t ignored;
    const char *id = request.count > 0 && parse_id(request.tokens[0], &ignored) == 0 ? request.tokens[0] : NULL;
    if (malformed != NULL) {
        reply_error(id, malformed);
        return;
    }
    if (id == NULL) {
        reply_error(NULL, "a request starts with a decimal id of at most 18 digits");
        return;
    }
    if (request.count < 2) {
        reply_error(id, "a request is <id> <VERB> [fields]");
        return;
    }
    const char *verb = request.tokens[1];
    if (strcmp(verb, "HELLO") == 0) {
        do_hello(id, &request);
        return;
    }
    if (!greeted) {
        reply_error(id, "say HELLO rtk-agent/1 first");
        return;
    }
    if (strcmp(verb, "ATTACH") == 0) do_attach(id, &request);
    else if (strcmp(verb, "DETACH") == 0) do_detach(id, &request);
    else if (strcmp(verb, "CREATE") == 0) do_create(id, &request);
    else if (strcmp(verb, "OPEN") == 0) do_open(id, &request);
    else if (strcmp(verb, "UNMAP") == 0) do_unmap(id, &request);
    else if (strcmp(verb, "CLOSE") == 0) do_close(id, &request);
    else if (strcmp(verb, "READ") == 0) do_read(id, &request);
    else if (strcmp(verb, "WRITE") == 0) do_write(id, &request);
    else if (strcmp(verb, "LIST") == 0) do_list(id, &request);
    else if (strcmp(verb, "SWEEP") == 0) do_sweep(id, &request);
    else if (strcmp(verb, "ECHO") == 0 && request.count == 3) {
        /* The benchmark's baseline: the cheapest possible round trip over the same pipe. */
        reply_begin();
        reply_append("%s OK %s", id, request.tokens[2]);
        reply_send();
    }
    else if (strcmp(verb, "BYE") == 0 && request.count == 2) {
        reply_begin();
        reply_append("%s OK", id);
        reply_send();
        release_everything();
        exit(0);
    } else {
        reply_error(id, "unknown request verb");
    }
}

/* Reads newline-terminated lines; an over-long line is discarded up to its newline and answered with ERR. */
static void serve(void) {
    static char buffer[RTK_MAX_LINE + 1];
    size_t filled = 0;
    int discarding = 0;
    for (;;) {
        char *newline = memchr(buffer, '\n', filled);
        if (newline == NULL) {
            if (filled == RTK_MAX_LINE) {
                if (!discarding) {
                    reply_error(NULL, "line longer than 1048576 bytes");
                }
                discarding = 1;
                filled = 0;
            }
            ssize_t got = read(STDIN_FILENO, buffer + filled, RTK_MAX_LINE - filled);
            if (got < 0 && errno == EINTR) {
                continue;
            }
            if (got <= 0) {
                if (filled > 0 && !discarding) {
                    reply_error(NULL, "the last line has no newline; ignored");
                }
                return;
            }
            filled += (size_t) got;
            continue;
        }
        size_t line_length = (size_t) (newline - buffer);
        *newline = '\0';
        if (discarding) {
            discarding = 0;
        } else if (memchr(buffer, '\0', line_length) != NULL) {
            reply_error(NULL, "NUL byte in a request line");
        } else {
            dispatch(buffer);
        }
        size_t rest = filled - line_length - 1;
        memmove(buffer, newline + 1, rest);
        filled = rest;
    }
}

static int usage(void) {
    fputs("usage: rtk-posix-agent --prefix <[a-z0-9.]{1,40}>      serve rtk-agent/1 on stdin/stdout\n"
          "       rtk-posix-agent --sweep <[a-z0-9.]{1,40}>       remove unheld objects under that prefix\n"
          "       rtk-posix-agent --sweep-all                      remove every unheld rtk.* object\n", stderr);
    return 64;
}

int main(int argc, char **argv) {
    signal(SIGPIPE, SIG_IGN);
    if (argc == 2 && strcmp(argv[1], "--sweep-all") == 0) {
        int removed = shm_sweep("rtk.");
        printf("removed=%d\n", removed < 0 ? 0 : removed);
        return removed < 0 ? 1 : 0;
    }
    if (argc != 3 || !valid_prefix(argv[2])) {
        return usage();
    }
    if (strcmp(argv[1], "--sweep") == 0) {
        char entry_prefix[80];
        snprintf(entry_prefix, sizeof entry_prefix, "rtk.%s.", argv[2]);
        int removed = shm_sweep(entry_prefix);
        printf("removed=%d\n", removed < 0 ? 0 : removed);
        return removed < 0 ? 1 : 0;
    }
    if (strcmp(argv[1], "--prefix") != 0) {
        return usage();
    }
    snprintf(run_prefix, sizeof run_prefix, "%s", argv[2]);
    if (install_fault_handlers() != 0) {
        perror("rtk-posix-agent: sigaction");
        return 71;
    }
    serve();
    release_everything();
    return 0;
}
