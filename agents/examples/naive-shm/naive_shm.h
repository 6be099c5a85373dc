/* naive_shm: an RTX64-style shared memory API on POSIX shm_open/mmap, written the way a vendor new to the
 * rtk-conformance kit would write it (see README.md: it does NOT follow the kit's rules, on purpose). Besides
 * RtkApi.h it offers what such a product typically has: a name prefix for multi-tenant use and the last error. */
#ifndef NAIVE_SHM_H
#define NAIVE_SHM_H

#include "RtkApi.h"

/* Every object name is "/<prefix><name as UTF-8>"; default "naive.". At most 100 bytes. 0, or -1. */
int naive_shm_set_prefix(const char *prefix);
const char *naive_shm_prefix(void);

/* errno of the last failed call (0 after a success). */
int naive_shm_last_error(void);

#endif
