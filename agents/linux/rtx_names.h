/* RTX name rules and the mapping of valid names to fixed-shape POSIX shared memory names. */
#ifndef RTK_RTX_NAMES_H
#define RTK_RTX_NAMES_H

#include <stddef.h>
#include <stdint.h>

#define RTX_NAME_LIMIT_UNITS 260
#define RTX_BUFFER_LIMIT_UNITS 32768 /* a USHORT length covers at most 32767 units; one spare */
#define POSIX_NAME_MAX 128

/* A UNICODE_STRING as the request carried it. */
struct unicode_string {
    int null_pointer;   /* the Name pointer itself is NULL */
    int null_buffer;    /* Buffer is NULL */
    uint32_t length;    /* Length, bytes */
    uint32_t maximum_length;
    uint16_t *units;    /* the whole buffer the caller allocated */
    size_t unit_count;
};

/* Parses "-", "L:M:NULL" or "L:M:<4 hex digits per unit>"; returns NULL or why the token is malformed. */
const char *parse_unicode_string(const char *token, struct unicode_string *out);
void free_unicode_string(struct unicode_string *name);

/* Checks the RTX rules; returns NULL for a valid name, else why it is invalid (for the reply's detail). */
const char *rtx_name_violation(const struct unicode_string *name, int *errno_out);

/* "/rtk.<prefix>.<32 hex>": the prefix is already checked; the hash covers the UTF-16LE bytes of the name. */
void posix_name_for(const char *prefix, const uint16_t *units, size_t count, char out[POSIX_NAME_MAX]);

/* Whether a run prefix has the safe shape [a-z0-9.]{1,40}. */
int valid_prefix(const char *prefix);

#endif
