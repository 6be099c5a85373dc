/* naive_shm: see naive_shm.h. Deliberately naive, as first ports are: names go to shm_open as they are (no
 * RTX name checks), reference counts are per process (the last close in THIS process unlinks the object, and
 * a killed process never does), instances are not checked, handles are small reused table indexes. */
#define _GNU_SOURCE
#include "naive_shm.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define NAIVE_MAX 256

struct naive_object {
    int used;
    int fd;
    char name[300];
    int refs;       /* handles in this process */
};

struct naive_view {
    void *base;
    size_t size;
};

static struct naive_object objects[NAIVE_MAX];
static struct naive_view views[NAIVE_MAX];
static char prefix[101] = "naive.";
static int last_error;

int naive_shm_set_prefix(const char *p) {
    if (strlen(p) > 100) return -1;
    strcpy(prefix, p);
    return 0;
}

const char *naive_shm_prefix(void) { return prefix; }
int naive_shm_last_error(void) { return last_error; }

static NTSTATUS fail(NTSTATUS status, int error) {
    last_error = error;
    return status;
}

NTSTATUS RtkRtssAttach(ULONG MaxWFSO, PRTSSINST RtssInstPtr) {
    (void) MaxWFSO;
    if (RtssInstPtr == NULL) return fail(STATUS_INVALID_PARAMETER, EINVAL);
    *RtssInstPtr = 1;
    last_error = 0;
    return STATUS_SUCCESS;
}

NTSTATUS RtkRtssDetach(RTSSINST RtssInst) {
    (void) RtssInst;
    last_error = 0;
    return STATUS_SUCCESS;
}

/* UTF-16 to UTF-8, up to Length; surrogates are not treated specially. */
static void to_posix_name(PUNICODE_STRING name, char *out, size_t size) {
    size_t n = (size_t) snprintf(out, size, "/%s", prefix);
    for (USHORT i = 0; i < name->Length / 2 && n + 4 < size; i++) {
        unsigned c = name->Buffer[i];
        if (c < 0x80) {
            out[n++] = (char) c;
        } else if (c < 0x800) {
            out[n++] = (char) (0xC0 | (c >> 6));
            out[n++] = (char) (0x80 | (c & 0x3F));
        } else {
            out[n++] = (char) (0xE0 | (c >> 12));
            out[n++] = (char) (0x80 | ((c >> 6) & 0x3F));
            out[n++] = (char) (0x80 | (c & 0x3F));
        }
    }
    out[n] = '\0';
}

static int slot_for(const char *name) {
    for (int i = 0; i < NAIVE_MAX; i++) {
        if (objects[i].used && strcmp(objects[i].name, name) == 0) return i;
    }
    for (int i = 0; i < NAIVE_MAX; i++) {
        if (!objects[i].used) return i;
    }
    return -1;
}

static NTSTATUS map_view(int fd, size_t size, int writable, VOID **Location) {
    void *base = mmap(NULL, size, writable ? PROT_READ | PROT_WRITE : PROT_READ, MAP_SHARED, fd, 0);
    if (base == MAP_FAILED) return fail(STATUS_UNSUCCESSFUL, errno);
    for (int i = 0; i < NAIVE_MAX; i++) {
        if (views[i].base == NULL) {
            views[i].base = base;
            views[i].size = size;
            *Location = base;
            last_error = 0;
            return STATUS_SUCCESS;
        }
    }
    munmap(base, size);
    return fail(STATUS_NO_MEMORY, ENOMEM);
}

static NTSTATUS open_common(PHANDLE handle, PUNICODE_STRING Name, int create, ULONG size, int writable,
                            VOID **Location) {
    char name[300];
    to_posix_name(Name, name, sizeof name);
    int slot = slot_for(name);
    if (slot < 0) return fail(STATUS_NO_MEMORY, EMFILE);
    int existed = 1;
    int fd = shm_open(name, writable ? O_RDWR : O_RDONLY, 0600);
    if (fd < 0 && errno == ENOENT && create) {
        existed = 0;
        fd = shm_open(name, O_RDWR | O_CREAT, 0600);
        if (fd >= 0 && ftruncate(fd, size) != 0) {
            close(fd);
            shm_unlink(name);
            return fail(STATUS_NO_MEMORY, errno);
        }
    }
    if (fd < 0) return fail(errno == ENOENT ? STATUS_OBJECT_NAME_NOT_FOUND : STATUS_UNSUCCESSFUL, errno);
    struct stat st;
    fstat(fd, &st);
    NTSTATUS status = map_view(fd, (size_t) st.st_size, writable, Location);
    if (!NT_SUCCESS(status)) {
        close(fd);
        return status;
    }
    if (!objects[slot].used) {
        objects[slot].used = 1;
        objects[slot].fd = fd;
        strcpy(objects[slot].name, name);
    } else {
        close(fd);
    }
    objects[slot].refs++;
    *handle = (HANDLE) (uintptr_t) (slot + 1);
    return existed && create ? STATUS_OBJECT_NAME_EXISTS : STATUS_SUCCESS;
}

NTSTATUS RtkCreateSharedMemory(RTSSINST RtssInst, PHANDLE SharedMemoryHandle, ULONG Protect, ULONG MaximumSizeHigh,
                               ULONG MaximumSizeLow, PUNICODE_STRING Name, VOID **Location) {
    (void) RtssInst;
    (void) Protect;
    (void) MaximumSizeHigh;
    if (SharedMemoryHandle == NULL || Location == NULL) return fail(STATUS_INVALID_PARAMETER, EINVAL);
    if (Name == NULL) {
        /* unnamed: anonymous shared memory, no handle to speak of */
        void *base = mmap(NULL, MaximumSizeLow, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        if (base == MAP_FAILED) return fail(STATUS_NO_MEMORY, errno);
        *SharedMemoryHandle = (HANDLE) (uintptr_t) 0xFFFF;
        *Location = base;
        last_error = 0;
        return STATUS_SUCCESS;
    }
    return open_common(SharedMemoryHandle, Name, 1, MaximumSizeLow, 1, Location);
}

NTSTATUS RtkOpenSharedMemory(RTSSINST RtssInst, PHANDLE SharedMemoryHandle, ULONG DesiredAccess,
                             BOOLEAN InheritHandle, PUNICODE_STRING Name, VOID **Location) {
    (void) RtssInst;
    (void) InheritHandle;
    if (SharedMemoryHandle == NULL || Location == NULL || Name == NULL || Name->Buffer == NULL) {
        return fail(STATUS_INVALID_PARAMETER, EINVAL);
    }
    return open_common(SharedMemoryHandle, Name, 0, 0, DesiredAccess != SHM_MAP_READ, Location);
}

NTSTATUS RtkUnMapSharedMemory(RTSSINST RtssInst, VOID *Location) {
    (void) RtssInst;
    for (int i = 0; i < NAIVE_MAX; i++) {
        if (views[i].base != NULL && views[i].base == Location) {
            munmap(views[i].base, views[i].size);
            views[i].base = NULL;
            last_error = 0;
            return STATUS_SUCCESS;
        }
    }
    return fail(STATUS_INVALID_PARAMETER, EINVAL);
}

NTSTATUS RtkCloseHandle(RTSSINST RtssInst, HANDLE Object) {
    (void) RtssInst;
    uintptr_t slot = (uintptr_t) Object - 1;
    if (slot >= NAIVE_MAX || !objects[slot].used) return fail(STATUS_INVALID_HANDLE, EBADF);
    if (--objects[slot].refs == 0) {
        /* last handle here: the object is done */
        close(objects[slot].fd);
        shm_unlink(objects[slot].name);
        objects[slot].used = 0;
    }
    last_error = 0;
    return STATUS_SUCCESS;
}
