/* Line codec of the rtk-agent/1 protocol (docs/agent-protocol.md): strict tokenizing, number and hex parsing. */
#ifndef RTK_PROTOCOL_H
#define RTK_PROTOCOL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __MINGW_PRINTF_FORMAT
#define RTK_PRINTF_FORMAT(f, a) __attribute__((format(__MINGW_PRINTF_FORMAT, f, a)))
#else
#define RTK_PRINTF_FORMAT(f, a) __attribute__((format(printf, f, a)))
#endif

#define RTK_PROTOCOL_VERSION "rtk-agent/1"
#define RTK_MAX_TOKENS 16
#define RTK_MAX_LINE (1u << 20)

/* A request line split in place at single spaces. */
struct request {
    char *tokens[RTK_MAX_TOKENS];
    int count;
};

/* Splits line (NUL-terminated, no newline) into tokens; returns NULL or a static reason why the line is malformed. */
const char *rtk_sdk_split_request(char *line, struct request *out);

/* Strict parsers: return 0 on success, -1 when text is not exactly the expected shape. */
int rtk_sdk_parse_id(const char *text, uint64_t *out);
int rtk_sdk_parse_hex64(const char *text, uint64_t *out);
int rtk_sdk_parse_hex32(const char *text, uint32_t *out);
int rtk_sdk_parse_dec(const char *text, uint64_t max, uint64_t *out);
int rtk_sdk_parse_flag(const char *text, int *out);
/* Decodes hex into bytes; out must hold strlen(text)/2 bytes. */
int rtk_sdk_parse_hex_bytes(const char *text, unsigned char *out, size_t *out_len, size_t max_len);

/* Appends to the reply being built; replies are written whole by rtk_sdk_reply_send. */
void rtk_sdk_reply_begin(void);
void rtk_sdk_reply_append(const char *format, ...) RTK_PRINTF_FORMAT(1, 2);
/* Puts text before what the reply holds so far (for totals known only after the parts). */
void rtk_sdk_reply_prepend(const char *text);
void rtk_sdk_reply_append_hex(const unsigned char *bytes, size_t len);
void rtk_sdk_reply_append_text(const char *text); /* percent-encodes spaces, '%', controls and non-ASCII */
/* Writes the reply and a newline to stdout; exits the agent if stdout is gone (the client died). */
void rtk_sdk_reply_send(void);
/* ERR <id|-> <reason>: reason is percent-encoded into one token-safe rest of line. */
void rtk_sdk_reply_error(const char *id, const char *reason);

#define RTX_BUFFER_LIMIT_UNITS 32768 /* a USHORT length covers at most 32767 units; one spare */

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
const char *rtk_sdk_parse_unicode_string(const char *token, struct unicode_string *out);
void rtk_sdk_free_unicode_string(struct unicode_string *name);

#endif
