/* Line codec of the rtk-agent/1 protocol: nothing here trusts its input. */
#define _GNU_SOURCE
#include "protocol.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef _WIN32
#include <io.h>
#define STDOUT_FILENO 1
#define write(fd, buffer, count) _write((fd), (buffer), (unsigned) (count))
typedef int write_result;
#else
#include <unistd.h>
typedef ssize_t write_result;
#endif

const char *rtk_sdk_split_request(char *line, struct request *out) {
    out->count = 0;
    if (*line == '\0') {
        return "empty line";
    }
    char *cursor = line;
    for (;;) {
        if (*cursor == ' ' || *cursor == '\0') {
            return "empty field (fields are separated by exactly one space)";
        }
        if (out->count == RTK_MAX_TOKENS) {
            return "too many fields";
        }
        out->tokens[out->count++] = cursor;
        while (*cursor != ' ' && *cursor != '\0') {
            unsigned char c = (unsigned char) *cursor;
            if (c < 0x21 || c > 0x7E) {
                return "control or non-ASCII byte in a request (names travel as hex)";
            }
            cursor++;
        }
        if (*cursor == '\0') {
            return NULL;
        }
        *cursor++ = '\0';
    }
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static int parse_hex_width(const char *text, int max_digits, uint64_t *out) {
    size_t len = strlen(text);
    if (len == 0 || len > (size_t) max_digits) {
        return -1;
    }
    uint64_t value = 0;
    for (size_t i = 0; i < len; i++) {
        int digit = hex_value(text[i]);
        if (digit < 0) {
            return -1;
        }
        value = (value << 4) | (uint64_t) digit;
    }
    *out = value;
    return 0;
}

int rtk_sdk_parse_hex64(const char *text, uint64_t *out) {
    return parse_hex_width(text, 16, out);
}

int rtk_sdk_parse_hex32(const char *text, uint32_t *out) {
    uint64_t value;
    if (parse_hex_width(text, 8, &value) != 0) {
        return -1;
    }
    *out = (uint32_t) value;
    return 0;
}

int rtk_sdk_parse_dec(const char *text, uint64_t max, uint64_t *out) {
    size_t len = strlen(text);
    if (len == 0 || len > 19) {
        return -1;
    }
    uint64_t value = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] < '0' || text[i] > '9') {
            return -1;
        }
        value = value * 10 + (uint64_t) (text[i] - '0');
    }
    if (value > max) {
        return -1;
    }
    *out = value;
    return 0;
}

int rtk_sdk_parse_id(const char *text, uint64_t *out) {
    return rtk_sdk_parse_dec(text, 999999999999999999ULL, out);
}

int rtk_sdk_parse_flag(const char *text, int *out) {
    if (strcmp(text, "0") == 0) { *out = 0; return 0; }
    if (strcmp(text, "1") == 0) { *out = 1; return 0; }
    return -1;
}

int rtk_sdk_parse_hex_bytes(const char *text, unsigned char *out, size_t *out_len, size_t max_len) {
    size_t len = strlen(text);
    if (len % 2 != 0 || len / 2 > max_len) {
        return -1;
    }
    for (size_t i = 0; i < len; i += 2) {
        int high = hex_value(text[i]);
        int low = hex_value(text[i + 1]);
        if (high < 0 || low < 0) {
            return -1;
        }
        out[i / 2] = (unsigned char) (high << 4 | low);
    }
    *out_len = len / 2;
    return 0;
}

/* One reply at a time: the agent is single-threaded and answers each request before reading the next. */
static char *reply_buffer;
static size_t reply_length;
static size_t reply_capacity;

static void reply_reserve(size_t extra) {
    if (reply_length + extra + 2 <= reply_capacity) {
        return;
    }
    size_t capacity = reply_capacity ? reply_capacity : 4096;
    while (capacity < reply_length + extra + 2) {
        capacity *= 2;
    }
    char *grown = realloc(reply_buffer, capacity);
    if (grown == NULL) {
        fputs("rtk agent: out of memory building a reply\n", stderr);
        _exit(70);
    }
    reply_buffer = grown;
    reply_capacity = capacity;
}

void rtk_sdk_reply_begin(void) {
    reply_length = 0;
}

void rtk_sdk_reply_append(const char *format, ...) {
    va_list args;
    va_start(args, format);
    va_list copy;
    va_copy(copy, args);
    int needed = vsnprintf(NULL, 0, format, copy);
    va_end(copy);
    if (needed > 0) {
        reply_reserve((size_t) needed + 1);
        vsnprintf(reply_buffer + reply_length, (size_t) needed + 1, format, args);
        reply_length += (size_t) needed;
    }
    va_end(args);
}

void rtk_sdk_reply_prepend(const char *text) {
    size_t len = strlen(text);
    reply_reserve(len);
    memmove(reply_buffer + len, reply_buffer, reply_length);
    memcpy(reply_buffer, text, len);
    reply_length += len;
}

void rtk_sdk_reply_append_hex(const unsigned char *bytes, size_t len) {
    static const char digits[] = "0123456789ABCDEF";
    reply_reserve(len * 2);
    for (size_t i = 0; i < len; i++) {
        reply_buffer[reply_length++] = digits[bytes[i] >> 4];
        reply_buffer[reply_length++] = digits[bytes[i] & 15];
    }
}

void rtk_sdk_reply_append_text(const char *text) {
    static const char digits[] = "0123456789ABCDEF";
    size_t len = strlen(text);
    reply_reserve(len * 3);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char) text[i];
        if (c <= 0x20 || c >= 0x7F || c == '%') {
            reply_buffer[reply_length++] = '%';
            reply_buffer[reply_length++] = digits[c >> 4];
            reply_buffer[reply_length++] = digits[c & 15];
        } else {
            reply_buffer[reply_length++] = (char) c;
        }
    }
}

void rtk_sdk_reply_send(void) {
    reply_reserve(1);
    reply_buffer[reply_length++] = '\n';
    size_t written = 0;
    while (written < reply_length) {
        write_result n = write(STDOUT_FILENO, reply_buffer + written, reply_length - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            /* The client is gone: nobody can read a reply, so leave (the OS releases the handles). */
            _exit(0);
        }
        written += (size_t) n;
    }
    reply_length = 0;
}

void rtk_sdk_reply_error(const char *id, const char *reason) {
    rtk_sdk_reply_begin();
    rtk_sdk_reply_append("ERR %s ", id != NULL ? id : "-");
    rtk_sdk_reply_append_text(reason);
    rtk_sdk_reply_send();
}

/* ---- UNICODE_STRING fields ---- */

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

const char *rtk_sdk_parse_unicode_string(const char *token, struct unicode_string *out) {
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

void rtk_sdk_free_unicode_string(struct unicode_string *name) {
    free(name->units);
    name->units = NULL;
}
