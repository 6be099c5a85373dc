/* RTX name rules and the mapping of valid names to fixed-shape POSIX shared memory names. */
#ifndef RTK_RTX_NAMES_H
#define RTK_RTX_NAMES_H

#include <stddef.h>
#include <stdint.h>

#include "RtkApi.h"

#define RTX_NAME_LIMIT_UNITS 260
#define POSIX_NAME_MAX 128

/* Checks the RTX rules; returns NULL for a valid name, else why it is invalid (for the reply's detail). */
const char *rtx_name_violation(const UNICODE_STRING *name, int *errno_out);

/* "/rtk.<prefix>.<32 hex>": the prefix is already checked; the hash covers the UTF-16LE bytes of the name. */
void posix_name_for(const char *prefix, const uint16_t *units, size_t count, char out[POSIX_NAME_MAX]);

/* Whether a run prefix has the safe shape [a-z0-9.]{1,40}. */
int valid_prefix(const char *prefix);

#endif
