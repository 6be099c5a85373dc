/* RTX name rules (spec: 260 characters, no backslash, case-sensitive) and the POSIX name mapping. */
#include "rtx_names.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static int parse_ushort(const char *text, size_t len, uint32_t *out) {
    if (len == 0 || len > 5) {
        return -1;
    }
    uint32_t value = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] < '0' || text[i] > '9') {
            return -1;
        }
        value = value * 10 + (uint32_t) (text[i] - '0');
    }
    if (value > 0xFFFF) {
        return -1;
    }
    *out = value;
    return 0;
}

const char *parse_unicode_string(const char *token, struct unicode_string *out) {
    memset(out, 0, sizeof *out);
    if (strcmp(token, "-") == 0) {
        out->null_pointer = 1;
        return NULL;
    }
    const char *first = strchr(token, ':');
    const char *second = first ? strchr(first + 1, ':') : NULL;
    if (first == NULL || second == NULL) {
        return "a name is -, L:M:NULL or L:M:<hex code units>";
    }
    if (parse_ushort(token, (size_t) (first - token), &out->length) != 0
            || parse_ushort(first + 1, (size_t) (second - first - 1), &out->maximum_length) != 0) {
        return "UNICODE_STRING lengths are decimal USHORTs";
    }
    const char *buffer = second + 1;
    if (strcmp(buffer, "NULL") == 0) {
        out->null_buffer = 1;
        return NULL;
    }
    size_t hex_len = strlen(buffer);
    if (hex_len % 4 != 0 || hex_len / 4 > RTX_BUFFER_LIMIT_UNITS) {
        return "a name buffer is 4 hex digits per UTF-16 code unit, at most 32768 units";
    }
    size_t count = hex_len / 4;
    uint32_t claimed = out->length > out->maximum_length ? out->length : out->maximum_length;
    if (count * 2 < claimed) {
        return "the name buffer is shorter than Length or MaximumLength claims";
    }
    out->units = malloc(count > 0 ? count * sizeof(uint16_t) : 1);
    if (out->units == NULL) {
        return "out of memory for the name";
    }
    for (size_t i = 0; i < count; i++) {
        uint16_t unit = 0;
        for (size_t j = 0; j < 4; j++) {
            int digit = hex_digit(buffer[i * 4 + j]);
            if (digit < 0) {
                free(out->units);
                out->units = NULL;
                return "a name buffer holds hex digits only";
            }
            unit = (uint16_t) (unit << 4 | (uint16_t) digit);
        }
        out->units[i] = unit;
    }
    out->unit_count = count;
    return NULL;
}

void free_unicode_string(struct unicode_string *name) {
    free(name->units);
    name->units = NULL;
}

const char *rtx_name_violation(const struct unicode_string *name, int *errno_out) {
    *errno_out = EINVAL;
    if (name->null_pointer) {
        return "Name is NULL";
    }
    if (name->null_buffer) {
        return "Name->Buffer is NULL";
    }
    if (name->length % 2 != 0) {
        return "Name->Length is odd";
    }
    if (name->maximum_length % 2 != 0) {
        return "Name->MaximumLength is odd";
    }
    if (name->length > name->maximum_length) {
        return "Name->Length exceeds MaximumLength";
    }
    if (name->length == 0) {
        return "Name is empty";
    }
    size_t count = name->length / 2;
    if (count > RTX_NAME_LIMIT_UNITS) {
        *errno_out = ENAMETOOLONG;
        return "Name is longer than 260 UTF-16 code units";
    }
    for (size_t i = 0; i < count; i++) {
        if (name->units[i] == '\\') {
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
