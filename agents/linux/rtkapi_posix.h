/* What librtkapi_posix.a offers beyond RtkApi.h: the object namespace, the POSIX detail of the last call, the
 * objects this process holds, and the sweep of unheld objects. Any program may use it; the agent's hooks
 * (rtk_posix_hooks.c) are one such program. Not installed with the header. */
#ifndef RTKAPI_POSIX_H
#define RTKAPI_POSIX_H

#include <stddef.h>
#include <stdint.h>

#include "RtkApi.h"

/* Sets the run prefix every named object of this process lives under ([a-z0-9.]{1,40}); 0, or -1 if invalid.
 * Until it is set, the prefix is "default". */
int RtkPosixSetNamespace(const char *prefix);

/* The POSIX errno behind the last call's status (0 when none) and why it failed, or NULL. */
int RtkPosixLastErrno(void);
const char *RtkPosixLastDetail(void);

/* One object this process holds: its POSIX name without the '/' (or "u.<pid>.<n>" when unnamed), its size,
 * this process's handles and views on it, and its RTX name (NULL when unnamed). */
struct RtkPosixHeldObject {
    const char *key;
    uint64_t size;
    int handles;
    int views;
    const uint16_t *units;
    size_t unit_count;
};
typedef void (*RtkPosixHeldSink)(void *context, const struct RtkPosixHeldObject *object);

/* Calls sink once per object held, in key order, after dropping views of objects another process's last close
 * destroyed (D-15.A); returns 0. */
int RtkPosixListHeld(RtkPosixHeldSink sink, void *context);

/* Judges a READ or WRITE of len bytes at address, after unmapping the views of objects another process's last
 * close destroyed (D-15.A): NOT_MAPPED (reason in detail) when the address is in no live view of this process,
 * else BY_SDK: the access itself is left to the caller's fault-guarded path, so the OS shows what it shows. */
enum RtkPosixViewAccess { RTK_POSIX_VIEW_OK, RTK_POSIX_VIEW_ACCESS_VIOLATION, RTK_POSIX_VIEW_NOT_MAPPED,
                         RTK_POSIX_VIEW_BY_SDK };
int RtkPosixAccessView(int write, uintptr_t address, unsigned char *data, size_t len, char *detail,
                       size_t detail_size);

/* Removes every object under the prefix (NULL: under any prefix) that no handle in any process holds; returns the
 * count, or -errno. */
int RtkPosixSweep(const char *prefix);

#endif
