/* What one agent process (one simulated RTX caller) holds: its instances, handles and views. */
#ifndef RTK_AGENT_TABLES_H
#define RTK_AGENT_TABLES_H

#include <stddef.h>
#include <stdint.h>

#include "rtx_names.h"

#define MAX_INSTANCES 64
#define MAX_HANDLES 1024
#define MAX_VIEWS 1024

/* Which object a handle or view belongs to: the POSIX name, or "u.<pid>.<n>" for an unnamed object. */
struct object_ref {
    int named;
    char key[POSIX_NAME_MAX];
    uint16_t units[RTX_NAME_LIMIT_UNITS];
    size_t unit_count;
    uint64_t size;
};

struct instance {
    int used;
    uint64_t value;
};

struct handle {
    int used;
    uint64_t value;
    uint64_t instance;
    int fd;
    struct object_ref object;
};

struct view {
    int used;
    uintptr_t base;
    size_t map_length;
    int writable;
    uint64_t device; /* identity of the object mapped, to tell it from a later object of the same name */
    uint64_t inode;
    uint64_t instance;
    struct object_ref object;
};

struct agent_tables {
    struct instance instances[MAX_INSTANCES];
    struct handle handles[MAX_HANDLES];
    struct view views[MAX_VIEWS];
    /* One past the highest slot ever used: scans stop there, so a fresh caller touches (and faults in) only
     * the pages of the slots it used, not the whole 1.4 MB of tables. */
    int handle_limit;
    int view_limit;
    uint64_t next_instance;
    uint64_t next_handle;
    uint64_t next_unnamed;
};

#endif
