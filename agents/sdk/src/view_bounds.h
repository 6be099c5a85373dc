/* Which memory a READ or WRITE may touch, asked of the operating system rather than of the vendor: a range
 * inside the mapping that holds one of the caller's views, or a range of which no page is mapped at all (touching
 * it can only fault). Anything else is the agent's own memory and is never touched. */
#ifndef RTK_SDK_VIEW_BOUNDS_H
#define RTK_SDK_VIEW_BOUNDS_H

#include <stddef.h>
#include <stdint.h>

enum range_safety { RANGE_IN_VIEW, RANGE_UNMAPPED, RANGE_FOREIGN };

/* address + len must not overflow (checked by the caller). */
enum range_safety rtk_sdk_classify_range(uintptr_t address, size_t len);

#endif
