/* POSIX shared memory with the RTX "destroyed at the last handle close" rule (backends.md §1d design 1). */
#define _GNU_SOURCE
#include "shm_objects.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rtx_names.h"

#define HEADER_MAGIC "RTKSHM1"

struct header {
    char magic[8];
    uint64_t size;
    uint32_t unit_count;
    uint16_t units[RTX_NAME_LIMIT_UNITS];
};

uint64_t shm_data_offset(void) {
    long page = sysconf(_SC_PAGESIZE);
    uint64_t offset = (uint64_t) (page > 0 ? page : 4096);
    while (offset < sizeof(struct header)) {
        offset *= 2;
    }
    return offset;
}

int namespace_lock(void) {
    int fd = open(SHM_DIRECTORY, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return -1;
    }
    while (flock(fd, LOCK_EX) != 0) {
        if (errno != EINTR) {
            int saved = errno;
            close(fd);
            errno = saved;
            return -1;
        }
    }
    return fd;
}

void namespace_unlock(int fd) {
    if (fd >= 0) {
        close(fd); /* closing the only descriptor releases the flock */
    }
}

static struct flock byte_zero(short type) {
    struct flock lock;
    memset(&lock, 0, sizeof lock);
    lock.l_type = type;
    lock.l_whence = SEEK_SET;
    lock.l_start = 0;
    lock.l_len = 1;
    return lock;
}

/* Whether any open file description other than fd's own holds a lock on the object. */
static int held_by_others(int fd, int *error) {
    struct flock probe = byte_zero(F_WRLCK);
    if (fcntl(fd, F_OFD_GETLK, &probe) != 0) {
        *error = errno;
        return -1;
    }
    return probe.l_type != F_UNLCK;
}

static int hold(int fd) {
    struct flock lock = byte_zero(F_RDLCK);
    return fcntl(fd, F_OFD_SETLK, &lock) == 0 ? 0 : errno;
}

static int header_matches(int fd, const uint16_t *units, size_t count, uint64_t *size) {
    struct header header;
    ssize_t got = pread(fd, &header, sizeof header, 0);
    if (got != (ssize_t) sizeof header || memcmp(header.magic, HEADER_MAGIC, 8) != 0
            || header.unit_count != count || memcmp(header.units, units, count * sizeof(uint16_t)) != 0) {
        return 0;
    }
    *size = header.size;
    return 1;
}

/* Opens an existing entry and decides whether it is a live object with this exact name. */
static int open_live(const char *posix_name, const uint16_t *units, size_t count, int writable,
                     struct opened_object *out) {
    int fd = shm_open(posix_name, writable ? O_RDWR : O_RDONLY, 0);
    if (fd < 0) {
        return errno;
    }
    int error = 0;
    int others = held_by_others(fd, &error);
    if (others < 0) {
        close(fd);
        return error;
    }
    if (!others) {
        /* Stale: its last holder died without closing. Lazy cleanup; it is absent for every caller. */
        shm_unlink(posix_name);
        close(fd);
        return ENOENT;
    }
    uint64_t size = 0;
    if (!header_matches(fd, units, count, &size)) {
        close(fd); /* a different name with the same hash: not this object */
        return ENOENT;
    }
    int held = hold(fd);
    if (held != 0) {
        close(fd);
        return held;
    }
    out->fd = fd;
    out->size = size;
    out->existed = 1;
    return 0;
}

int shm_open_named(const char *posix_name, const uint16_t *units, size_t count, int writable,
                   struct opened_object *out) {
    int lock = namespace_lock();
    if (lock < 0) {
        return errno;
    }
    int result = open_live(posix_name, units, count, writable, out);
    namespace_unlock(lock);
    return result;
}

static int create_fresh(const char *posix_name, const uint16_t *units, size_t count, uint64_t size,
                        struct opened_object *out) {
    int fd = shm_open(posix_name, O_RDWR | O_CREAT | O_EXCL, 0600);
    if (fd < 0) {
        return errno;
    }
    struct header header;
    memset(&header, 0, sizeof header);
    memcpy(header.magic, HEADER_MAGIC, 8);
    header.size = size;
    header.unit_count = (uint32_t) count;
    memcpy(header.units, units, count * sizeof(uint16_t));
    int error = 0;
    if (ftruncate(fd, (off_t) (shm_data_offset() + size)) != 0) {
        error = errno;
    } else if (pwrite(fd, &header, sizeof header, 0) != (ssize_t) sizeof header) {
        error = errno != 0 ? errno : EIO;
    } else {
        error = hold(fd);
    }
    if (error != 0) {
        shm_unlink(posix_name);
        close(fd);
        return error;
    }
    out->fd = fd;
    out->size = size;
    out->existed = 0;
    return 0;
}

int shm_create_named(const char *posix_name, const uint16_t *units, size_t count, uint64_t size,
                     struct opened_object *out) {
    int lock = namespace_lock();
    if (lock < 0) {
        return errno;
    }
    int result = create_fresh(posix_name, units, count, size, out);
    if (result == EEXIST) {
        result = open_live(posix_name, units, count, 1, out);
        if (result == ENOENT) {
            /* The entry was stale (now removed) or held another name's hash: try to create once more. */
            result = create_fresh(posix_name, units, count, size, out);
        }
    }
    namespace_unlock(lock);
    return result;
}

#ifdef RTK_MUTANT_UNLOCKED_LAST_CLOSE
/* A mutant for the kit's own proof (docs/mutants.md, "Race-only mutants"), never a release build: the close
 * decides that it is the last and destroys the object without the namespace lock, and the window between the
 * two is widened as a preemption widens it, so an open racing it can take a reference to an object that is
 * being destroyed. One call at a time it behaves exactly as the real library. */
#include <time.h>
static int close_lock(void) {
    return -2;
}
static void close_window(void) {
    struct timespec pause = {0, 2 * 1000 * 1000};
    nanosleep(&pause, NULL);
}
#else
static int close_lock(void) {
    return namespace_lock();
}
static void close_window(void) {
}
#endif

int shm_close_named(int fd, const char *posix_name, int *destroyed) {
    *destroyed = 0;
    int lock = close_lock();
    if (lock == -1) {
        int saved = errno;
        close(fd);
        return saved;
    }
    int error = 0;
    int others = held_by_others(fd, &error);
    if (others == 0) {
        close_window();
        /* D-15.A: the memory goes with the object. Truncating to the header makes every view still mapped,
         * in any process, fault (SIGBUS) instead of reaching memory that no longer belongs to an object. */
        int writable = shm_open(posix_name, O_RDWR, 0);
        if (writable >= 0) {
            if (ftruncate(writable, (off_t) shm_data_offset()) != 0) {
                error = errno;
            }
            close(writable);
        }
        if (shm_unlink(posix_name) == 0) {
            *destroyed = 1;
        }
    }
    close(fd);
    namespace_unlock(lock);
    return error;
}

int shm_still_alive(const char *posix_name, uint64_t device, uint64_t inode) {
    int lock = namespace_lock();
    if (lock < 0) {
        return 1; /* cannot tell: keep the view as it is */
    }
    int alive = 0;
    int fd = shm_open(posix_name, O_RDONLY, 0);
    if (fd >= 0) {
        struct stat info;
        int error = 0;
        alive = fstat(fd, &info) == 0 && (uint64_t) info.st_dev == device && (uint64_t) info.st_ino == inode
                && held_by_others(fd, &error) == 1;
        close(fd);
    }
    namespace_unlock(lock);
    return alive;
}

int shm_sweep(const char *entry_prefix) {
    int lock = namespace_lock();
    if (lock < 0) {
        return -errno;
    }
    DIR *directory = opendir(SHM_DIRECTORY);
    if (directory == NULL) {
        int saved = errno;
        namespace_unlock(lock);
        return -saved;
    }
    size_t prefix_len = strlen(entry_prefix);
    int removed = 0;
    struct dirent *entry;
    while ((entry = readdir(directory)) != NULL) {
        if (strncmp(entry->d_name, entry_prefix, prefix_len) != 0 || strlen(entry->d_name) >= POSIX_NAME_MAX - 1) {
            continue;
        }
        char posix_name[POSIX_NAME_MAX];
        posix_name[0] = '/';
        strcpy(posix_name + 1, entry->d_name);
        int fd = shm_open(posix_name, O_RDONLY, 0);
        if (fd < 0) {
            continue;
        }
        struct stat info;
        int error = 0;
        if (fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && held_by_others(fd, &error) == 0
                && shm_unlink(posix_name) == 0) {
            removed++;
        }
        close(fd);
    }
    closedir(directory);
    namespace_unlock(lock);
    return removed;
}
