/* Named shared memory objects on POSIX shm with RTX lifetime: OFD read locks count the handles across
 * processes, so the last close (or the death of the last holder, SIGKILL included) destroys the object. */
#ifndef RTK_SHM_OBJECTS_H
#define RTK_SHM_OBJECTS_H

#include <stddef.h>
#include <stdint.h>

#define SHM_DIRECTORY "/dev/shm"

/* An opened object: one handle is one descriptor holding an OFD read lock on byte 0. */
struct opened_object {
    int fd;
    uint64_t size;
    int existed;
};

/* Page-aligned offset of the data after the header page (the header keeps the name and size). */
uint64_t shm_data_offset(void);

/* Serialises create/open/close/sweep across processes: flock on the /dev/shm directory, which the kernel
 * releases when its holder dies. Returns the descriptor, or -1 with errno. */
int namespace_lock(void);
void namespace_unlock(int fd);

/* Opens or creates; returns 0 or an errno. ENOENT means "no such live object". */
int shm_create_named(const char *posix_name, const uint16_t *units, size_t count, uint64_t size,
                     struct opened_object *out);
int shm_open_named(const char *posix_name, const uint16_t *units, size_t count, int writable,
                   struct opened_object *out);
/* Closes the handle; unlinks the object when no other handle holds it. Sets *destroyed. Returns 0 or errno. */
int shm_close_named(int fd, const char *posix_name, int *destroyed);
/* Whether the object that had this identity still lives under its name with a handle holding it. */
int shm_still_alive(const char *posix_name, uint64_t device, uint64_t inode);
/* Removes every object under "/dev/shm/<entry_prefix>" that no handle holds; returns the count or -errno. */
int shm_sweep(const char *entry_prefix);

#endif
