/* Which memory a READ or WRITE may touch, asked of the operating system rather than of the vendor: a range
 * inside the mapping that holds one of the caller's views, or a range of which no page is mapped at all (touching
 * it can only fault). Anything else is the agent's own memory and is never touched. */
#ifndef RTK_SDK_VIEW_BOUNDS_H
#define RTK_SDK_VIEW_BOUNDS_H

#include <stddef.h>
#include <stdint.h>

enum range_safety { RANGE_IN_VIEW, RANGE_UNMAPPED, RANGE_FOREIGN };

/* What the OS says a mapping is: where it starts and what backs it (device and inode on Linux; the allocation
 * base and MEM_MAPPED on Windows). A view's identity is taken when the vendor returns it, so memory that later
 * reuses the address (the agent's own heap, after the vendor unmapped the view behind the SDK's back) is never
 * taken for the view. */
struct mapping_identity {
    uintptr_t start;
    uint64_t device;
    uint64_t inode;
};

/* The identity of the mapping holding address; 0 when nothing is mapped there. */
int rtk_sdk_mapping_identity(uintptr_t address, struct mapping_identity *out);

/* address + len must not overflow (checked by the caller). */
enum range_safety rtk_sdk_classify_range(uintptr_t address, size_t len);

#endif
