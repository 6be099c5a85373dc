/* RTX name rules (spec: 260 characters, no backslash, case-sensitive) and the POSIX name mapping. */
#include "rtx_names.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *rtx_name_violation(const UNICODE_STRING *name, int *errno_out) {
    *errno_out = EINVAL;
    if (name == NULL) {
        return "Name is NULL";
    }
    if (name->Buffer == NULL) {
        return "Name->Buffer is NULL";
    }
    if (name->Length % 2 != 0) {
        return "Name->Length is odd";
    }
    if (name->MaximumLength % 2 != 0) {
        return "Name->MaximumLength is odd";
    }
    if (name->Length > name->MaximumLength) {
        return "Name->Length exceeds MaximumLength";
    }
    if (name->Length == 0) {
        return "Name is empty";
    }
    size_t count = name->Length / 2;
    if (count > RTX_NAME_LIMIT_UNITS) {
        *errno_out = ENAMETOOLONG;
        return "Name is longer than 260 UTF-16 code units";
    }
    for (size_t i = 0; i < count; i++) {
        if (name->Buffer[i] == '\\') {
            return "Name contains a backslash";
        }
    }
    return NULL;
}

/* Two independent 64-bit FNV-1a passes, each finished with the splitmix64 mixer. A collision is still
 * possible in theory, so the object's header stores the full name and every open compares it. */
static uint64_t mix64(uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static uint64_t fnv1a(const uint16_t *units, size_t count, uint64_t basis) {
    uint64_t hash = basis;
    for (size_t i = 0; i < count; i++) {
        unsigned char bytes[2] = { (unsigned char) (units[i] & 0xFF), (unsigned char) (units[i] >> 8) };
        for (int b = 0; b < 2; b++) {
            hash ^= bytes[b];
            hash *= 0x100000001B3ULL;
        }
    }
    return mix64(hash ^ (uint64_t) count);
}

void posix_name_for(const char *prefix, const uint16_t *units, size_t count, char out[POSIX_NAME_MAX]) {
    uint64_t high = fnv1a(units, count, 0xCBF29CE484222325ULL);
    uint64_t low = fnv1a(units, count, 0x84222325CBF29CE4ULL);
    snprintf(out, POSIX_NAME_MAX, "/rtk.%s.%016llx%016llx", prefix, (unsigned long long) high,
             (unsigned long long) low);
}

int valid_prefix(const char *prefix) {
    size_t len = strlen(prefix);
    if (len == 0 || len > 40) {
        return 0;
    }
    for (size_t i = 0; i < len; i++) {
        char c = prefix[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.')) {
            return 0;
        }
    }
    return 1;
}
