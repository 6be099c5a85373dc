#define _GNU_SOURCE
#include "view_bounds.h"

#include "bookkeeping.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

#ifdef _WIN32

/* The whole allocation (a mapped view is one) that holds address; 0 when address is free or reserved only. */
static int mapping_of(uintptr_t address, uintptr_t *start, uintptr_t *end, struct mapping_identity *identity) {
    MEMORY_BASIC_INFORMATION info;
    if (VirtualQuery((LPCVOID) address, &info, sizeof info) == 0 || info.State != MEM_COMMIT) {
        return 0;
    }
    uintptr_t base = (uintptr_t) info.AllocationBase;
    identity->start = base;
    identity->device = 0;
    identity->inode = info.Type;
    uintptr_t cursor = base;
    while (VirtualQuery((LPCVOID) cursor, &info, sizeof info) != 0 && (uintptr_t) info.AllocationBase == base
           && info.State == MEM_COMMIT) {
        cursor = (uintptr_t) info.BaseAddress + info.RegionSize;
    }
    *start = base;
    *end = cursor;
    return 1;
}

static int page_unmapped(uintptr_t page) {
    MEMORY_BASIC_INFORMATION info;
    return VirtualQuery((LPCVOID) page, &info, sizeof info) == 0 || info.State != MEM_COMMIT;
}

static size_t page_size(void) {
    SYSTEM_INFO system;
    GetSystemInfo(&system);
    return system.dwPageSize;
}

#else

/* The line of /proc/self/maps that holds address. */
static int mapping_of(uintptr_t address, uintptr_t *start, uintptr_t *end, struct mapping_identity *identity) {
    FILE *maps = fopen("/proc/self/maps", "r");
    if (maps == NULL) {
        return 0;
    }
    char line[512];
    int found = 0;
    while (!found && fgets(line, sizeof line, maps) != NULL) {
        unsigned long long low, high, offset, inode;
        unsigned major, minor;
        char permissions[8];
        if (sscanf(line, "%llx-%llx %7s %llx %x:%x %llu", &low, &high, permissions, &offset, &major, &minor, &inode) == 7
                && address >= low && address < high) {
            *start = (uintptr_t) low;
            *end = (uintptr_t) high;
            identity->start = (uintptr_t) low;
            identity->device = ((uint64_t) major << 32) | minor;
            identity->inode = inode;
            found = 1;
        }
    }
    fclose(maps);
    return found;
}

static int page_unmapped(uintptr_t page) {
    unsigned char residency;
    return mincore((void *) page, 1, &residency) != 0 && errno == ENOMEM;
}

static size_t page_size(void) {
    long page = sysconf(_SC_PAGESIZE);
    return page > 0 ? (size_t) page : 4096;
}

#endif

static int wholly_unmapped(uintptr_t address, size_t len) {
    size_t page = page_size();
    uintptr_t first = address & ~(uintptr_t) (page - 1);
    uintptr_t last = (address + (len > 0 ? len - 1 : 0)) & ~(uintptr_t) (page - 1);
    for (uintptr_t p = first;; p += page) {
        if (!page_unmapped(p)) {
            return 0;
        }
        if (p == last) {
            return 1;
        }
    }
}

int rtk_sdk_mapping_identity(uintptr_t address, struct mapping_identity *out) {
    uintptr_t start, end;
    return mapping_of(address, &start, &end, out);
}

enum range_safety rtk_sdk_classify_range(uintptr_t address, size_t len) {
    uintptr_t start, end;
    struct mapping_identity identity;
    if (mapping_of(address, &start, &end, &identity)) {
        if (len > end - address) {
            return RANGE_FOREIGN;
        }
        for (size_t i = 0; i < rtk_sdk_book_view_count(); i++) {
            const struct mapping_identity *view = rtk_sdk_book_view_identity(i);
            if (view->start == identity.start && view->device == identity.device && view->inode == identity.inode) {
                return RANGE_IN_VIEW;
            }
        }
        return RANGE_FOREIGN;
    }
    return wholly_unmapped(address, len) ? RANGE_UNMAPPED : RANGE_FOREIGN;
}
