/* rtk-posix-agent: one simulated RTX caller process, driven over stdio by the rtk-agent/1 protocol
 * (docs/agent-protocol.md). The RTKAPI calls themselves are librtkapi_posix.a (RtkApi.h); this is the shell
 * that turns request lines into those calls and their outcomes into reply lines. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "RtkApi.h"
#include "agent_tables.h"
#include "guarded_access.h"
#include "protocol.h"
#include "rtkapi_posix.h"
#include "rtx_names.h"
#include "shm_objects.h"
#include "tcp_launcher.h"

#define MAX_ACCESS_BYTES 65536u

static const char *const CAPABILITIES = "MULTIPLE_CALLERS,VIEW_ACCESS,CALLER_TERMINATION,INTROSPECTION,UNMAP";
/* Each reading is what this agent does, not a wish: see docs/agent-protocol.md "Declared readings". */
static const char *const READINGS =
    "D-1.B,D-3.A,D-4.A,D-5.A,D-6.A,D-8.A,D-9.A,D-10.A,D-11.A,D-12.A,D-13.A,D-14.B,D-15.A,D-16.A,D-18.A,"
    "D-19.A,D-21.B,D-22.C,D-24.A";

static char run_prefix[64];
static int greeted;

/* ---- replies to RTKAPI calls ---- */

/* "<id> OK status=<hex> errno=<n> [detail=...]": the status the library returned, with its POSIX detail. */
static void reply_call(const char *id, NTSTATUS status) {
    const char *detail = RtkPosixLastDetail();
    reply_begin();
    reply_append("%s OK status=%08X errno=%d", id, (unsigned) (uint32_t) status, RtkPosixLastErrno());
    if (detail != NULL && *detail != '\0') {
        reply_append(" detail=");
        reply_append_text(detail);
    }
}

/* A UNICODE_STRING over the request's buffer: NULL for "-", else the lengths and buffer as carried. */
static PUNICODE_STRING unicode_string_of(struct unicode_string *parsed, UNICODE_STRING *storage) {
    if (parsed->null_pointer) {
        return NULL;
    }
    storage->Length = (USHORT) parsed->length;
    storage->MaximumLength = (USHORT) parsed->maximum_length;
    storage->Buffer = parsed->null_buffer ? NULL : parsed->units;
    return storage;
}

/* ---- ATTACH / DETACH ---- */

static void do_attach(const char *id, struct request *request) {
    uint32_t max_wfso;
    if (request->count != 3 || parse_hex32(request->tokens[2], &max_wfso) != 0) {
        reply_error(id, "usage: <id> ATTACH <MaxWFSO hex32>");
        return;
    }
    RTSSINST value = 0;
    NTSTATUS status = RtkRtssAttach(max_wfso, &value);
    reply_call(id, status);
    reply_append(" inst=%llX", (unsigned long long) value); /* ATTACH-2: 0 is written on failure */
    reply_send();
}

static void do_detach(const char *id, struct request *request) {
    uint64_t value;
    if (request->count != 3 || parse_hex64(request->tokens[2], &value) != 0) {
        reply_error(id, "usage: <id> DETACH <RtssInst hex64>");
        return;
    }
    reply_call(id, RtkRtssDetach((RTSSINST) value));
    reply_send();
}

/* ---- CREATE / OPEN ---- */

static void reply_created_or_opened(const char *id, NTSTATUS status, HANDLE handle, VOID *location) {
    reply_call(id, status);
    if (status == STATUS_SUCCESS) {
        reply_append(" handle=%llX location=%llX", (unsigned long long) (uintptr_t) handle,
                     (unsigned long long) (uintptr_t) location);
    } else {
        reply_append(" handle=- location=-"); /* D-11: out-parameters are left untouched on failure */
    }
    reply_send();
}

static void do_create(const char *id, struct request *request) {
    uint64_t instance;
    int handle_pointer, location_pointer;
    uint32_t protect, size_high, size_low;
    struct unicode_string name;
    if (request->count != 9 || parse_hex64(request->tokens[2], &instance) != 0
            || parse_flag(request->tokens[3], &handle_pointer) != 0 || parse_hex32(request->tokens[4], &protect) != 0
            || parse_hex32(request->tokens[5], &size_high) != 0 || parse_hex32(request->tokens[6], &size_low) != 0
            || parse_flag(request->tokens[8], &location_pointer) != 0) {
        reply_error(id, "usage: <id> CREATE <inst> <0|1> <Protect> <SizeHigh> <SizeLow> <name> <0|1>");
        return;
    }
    const char *malformed = parse_unicode_string(request->tokens[7], &name);
    if (malformed != NULL) {
        reply_error(id, malformed);
        return;
    }
    UNICODE_STRING storage;
    HANDLE handle = NULL;
    VOID *location = NULL;
    NTSTATUS status = RtkCreateSharedMemory((RTSSINST) instance, handle_pointer ? &handle : NULL, protect, size_high,
                                            size_low, unicode_string_of(&name, &storage),
                                            location_pointer ? &location : NULL);
    free_unicode_string(&name);
    reply_created_or_opened(id, status, handle, location);
}

static void do_open(const char *id, struct request *request) {
    uint64_t instance;
    int handle_pointer, location_pointer;
    uint32_t access, inherit;
    struct unicode_string name;
    if (request->count != 8 || parse_hex64(request->tokens[2], &instance) != 0
            || parse_flag(request->tokens[3], &handle_pointer) != 0 || parse_hex32(request->tokens[4], &access) != 0
            || strlen(request->tokens[5]) > 2 || parse_hex32(request->tokens[5], &inherit) != 0
            || parse_flag(request->tokens[7], &location_pointer) != 0) {
        reply_error(id, "usage: <id> OPEN <inst> <0|1> <DesiredAccess> <InheritHandle hex8> <name> <0|1>");
        return;
    }
    const char *malformed = parse_unicode_string(request->tokens[6], &name);
    if (malformed != NULL) {
        reply_error(id, malformed);
        return;
    }
    UNICODE_STRING storage;
    HANDLE handle = NULL;
    VOID *location = NULL;
    NTSTATUS status = RtkOpenSharedMemory((RTSSINST) instance, handle_pointer ? &handle : NULL, access,
                                          (BOOLEAN) inherit, unicode_string_of(&name, &storage),
                                          location_pointer ? &location : NULL);
    free_unicode_string(&name);
    reply_created_or_opened(id, status, handle, location);
}

/* ---- UNMAP / CLOSE ---- */

static void do_unmap(const char *id, struct request *request) {
    uint64_t instance, location;
    if (request->count != 4 || parse_hex64(request->tokens[2], &instance) != 0
            || parse_hex64(request->tokens[3], &location) != 0) {
        reply_error(id, "usage: <id> UNMAP <inst> <location hex64>");
        return;
    }
    reply_call(id, RtkUnMapSharedMemory((RTSSINST) instance, (VOID *) (uintptr_t) location));
    reply_send();
}

static void do_close(const char *id, struct request *request) {
    uint64_t instance, value;
    if (request->count != 4 || parse_hex64(request->tokens[2], &instance) != 0
            || parse_hex64(request->tokens[3], &value) != 0) {
        reply_error(id, "usage: <id> CLOSE <inst> <handle hex64>");
        return;
    }
    reply_call(id, RtkCloseHandle((RTSSINST) instance, (HANDLE) (uintptr_t) value));
    reply_send();
}

/* ---- READ / WRITE ---- */

static size_t page_size(void) {
    long page = sysconf(_SC_PAGESIZE);
    return page > 0 ? (size_t) page : 4096;
}

static const struct view *view_containing(uintptr_t address, size_t len) {
    const struct agent_tables *tables = RtkPosixTables();
    for (int i = 0; i < MAX_VIEWS; i++) {
        const struct view *view = &tables->views[i];
        if (view->used && address >= view->base && len <= view->map_length
                && address - view->base <= view->map_length - len) {
            return view;
        }
    }
    return NULL;
}

/* Whether no page of the range is mapped at all: then touching it can only fault, never corrupt the agent. */
static int wholly_unmapped(uintptr_t address, size_t len) {
    size_t page = page_size();
    uintptr_t first = address & ~(uintptr_t) (page - 1);
    uintptr_t last = (address + (len > 0 ? len - 1 : 0)) & ~(uintptr_t) (page - 1);
    for (uintptr_t p = first;; p += page) {
        unsigned char residency;
        if (mincore((void *) p, page, &residency) == 0 || errno != ENOMEM) {
            return 0;
        }
        if (p == last) {
            return 1;
        }
    }
}

static void reply_fault(enum access_outcome outcome, const struct access_fault *fault) {
    char detail[160];
    const char *code = fault->signal_number == SIGBUS ? "BUS"
                     : fault->signal_code == SEGV_ACCERR ? "SEGV_ACCERR"
                     : fault->signal_code == SEGV_MAPERR ? "SEGV_MAPERR" : "SEGV";
    snprintf(detail, sizeof detail, "%s %s at 0x%llX", fault->signal_number == SIGBUS ? "SIGBUS" : "SIGSEGV", code,
             (unsigned long long) fault->fault_address);
    reply_append(" access=%s detail=", outcome == ACCESS_NOT_MAPPED ? "NOT_MAPPED" : "ACCESS_VIOLATION");
    reply_append_text(detail);
}

/* Resolves where an access may safely go; returns 0 to proceed, or 1 when it was answered already. */
static int refuse_unsafe(const char *id, uintptr_t base, uint64_t offset, size_t len, uintptr_t *address) {
    if (offset > UINTPTR_MAX - base || (uintptr_t) (base + offset) > UINTPTR_MAX - len) {
        reply_begin();
        reply_append("%s OK access=NOT_MAPPED detail=", id);
        reply_append_text("base + offset + length overflows the address space");
        reply_send();
        return 1;
    }
    *address = base + (uintptr_t) offset;
    if (view_containing(*address, len) != NULL || wholly_unmapped(*address, len)) {
        return 0;
    }
    reply_begin();
    reply_append("%s OK access=NOT_MAPPED detail=", id);
    reply_append_text("not within a view of this caller (the agent's own memory is there; not accessed)");
    reply_send();
    return 1;
}

static void do_read(const char *id, struct request *request) {
    uint64_t base, offset, length;
    if (request->count != 5 || parse_hex64(request->tokens[2], &base) != 0
            || parse_hex64(request->tokens[3], &offset) != 0
            || parse_dec(request->tokens[4], MAX_ACCESS_BYTES, &length) != 0) {
        reply_error(id, "usage: <id> READ <base hex64> <offset hex64> <length 0..65536>");
        return;
    }
    uintptr_t address;
    if (refuse_unsafe(id, (uintptr_t) base, offset, (size_t) length, &address)) {
        return;
    }
    static unsigned char data[MAX_ACCESS_BYTES];
    struct access_fault fault;
    enum access_outcome outcome = guarded_read(address, data, (size_t) length, &fault);
    reply_begin();
    reply_append("%s OK", id);
    if (outcome == ACCESS_OK) {
        reply_append(" access=OK data=");
        reply_append_hex(data, (size_t) length);
    } else {
        reply_fault(outcome, &fault);
    }
    reply_send();
}

static void do_write(const char *id, struct request *request) {
    uint64_t base, offset;
    static unsigned char data[MAX_ACCESS_BYTES];
    size_t length = 0;
    if (request->count != 5 || parse_hex64(request->tokens[2], &base) != 0
            || parse_hex64(request->tokens[3], &offset) != 0
            || parse_hex_bytes(request->tokens[4], data, &length, MAX_ACCESS_BYTES) != 0) {
        reply_error(id, "usage: <id> WRITE <base hex64> <offset hex64> <data: 1..65536 bytes as hex>");
        return;
    }
    uintptr_t address;
    if (refuse_unsafe(id, (uintptr_t) base, offset, length, &address)) {
        return;
    }
    struct access_fault fault;
    enum access_outcome outcome = guarded_write(address, data, length, &fault);
    reply_begin();
    reply_append("%s OK", id);
    if (outcome == ACCESS_OK) {
        reply_append(" access=OK");
    } else {
        reply_fault(outcome, &fault);
    }
    reply_send();
}

/* ---- LIST / SWEEP / HELLO ---- */

static int compare_refs(const void *a, const void *b) {
    const struct object_ref *left = *(const struct object_ref *const *) a;
    const struct object_ref *right = *(const struct object_ref *const *) b;
    return strcmp(left->key, right->key);
}

static void append_object(const struct object_ref *object, int handles, int views) {
    reply_append(" obj=%s,%llX,%d,%d,", object->key + (object->named ? 1 : 0), (unsigned long long) object->size,
                 handles, views);
    if (!object->named) {
        reply_append("-");
        return;
    }
    unsigned char bytes[RTX_NAME_LIMIT_UNITS * 2];
    for (size_t u = 0; u < object->unit_count; u++) {
        bytes[2 * u] = (unsigned char) (object->units[u] >> 8);
        bytes[2 * u + 1] = (unsigned char) (object->units[u] & 0xFF);
    }
    reply_append("N");
    reply_append_hex(bytes, object->unit_count * 2);
}

static void do_list(const char *id, struct request *request) {
    if (request->count != 2) {
        reply_error(id, "usage: <id> LIST");
        return;
    }
    RtkPosixForgetViewsOfDestroyedObjects();
    const struct agent_tables *tables = RtkPosixTables();
    /* Sorted by key, each object's handles and views are adjacent: one pass counts them. */
    static const struct object_ref *refs[MAX_HANDLES + MAX_VIEWS];
    int count = 0, handle_total = 0, view_total = 0;
    for (int i = 0; i < MAX_HANDLES; i++) {
        if (tables->handles[i].used) {
            refs[count++] = &tables->handles[i].object;
            handle_total++;
        }
    }
    for (int i = 0; i < MAX_VIEWS; i++) {
        if (tables->views[i].used) {
            refs[count++] = &tables->views[i].object;
            view_total++;
        }
    }
    /* Sort pointers; whether a pointer is a handle's or a view's follows from which table it points into. */
    qsort(refs, (size_t) count, sizeof refs[0], compare_refs);
    reply_begin();
    reply_append("%s OK handles=%d views=%d", id, handle_total, view_total);
    const char *handles_begin = (const char *) &tables->handles[0];
    const char *handles_end = (const char *) &tables->handles[MAX_HANDLES];
    for (int i = 0; i < count;) {
        int handles = 0, views = 0, j = i;
        while (j < count && strcmp(refs[j]->key, refs[i]->key) == 0) {
            const char *at = (const char *) refs[j];
            if (at >= handles_begin && at < handles_end) handles++; else views++;
            j++;
        }
        append_object(refs[i], handles, views);
        i = j;
    }
    reply_send();
}

static void do_sweep(const char *id, struct request *request) {
    if (request->count != 2) {
        reply_error(id, "usage: <id> SWEEP");
        return;
    }
    char entry_prefix[80];
    snprintf(entry_prefix, sizeof entry_prefix, "rtk.%s.", run_prefix);
    int removed = shm_sweep(entry_prefix);
    reply_begin();
    if (removed < 0) {
        reply_append("%s OK removed=0 errno=%d", id, -removed);
    } else {
        reply_append("%s OK removed=%d errno=0", id, removed);
    }
    reply_send();
}

static void do_hello(const char *id, struct request *request) {
    if (request->count != 3) {
        reply_error(id, "usage: <id> HELLO rtk-agent/1");
        return;
    }
    if (strcmp(request->tokens[2], RTK_PROTOCOL_VERSION) != 0) {
        reply_error(id, "unsupported protocol version; this agent speaks " RTK_PROTOCOL_VERSION);
        return;
    }
    greeted = 1;
    reply_begin();
    reply_append("%s HELLO %s backend=posix vendor=rtk-conformance product=", id, RTK_PROTOCOL_VERSION);
    reply_append_text("RTX64 RTKAPI shared memory on Linux POSIX shm");
    reply_append(" version=0.1.0 api=RTX64_2013_SP1 pid=%ld caps=%s readings=%s", (long) getpid(), CAPABILITIES,
                 READINGS);
    reply_send();
}

/* ---- the request loop ---- */

static void dispatch(char *line) {
    struct request request;
    const char *malformed = split_request(line, &request);
    uint64_t ignored;
    const char *id = request.count > 0 && parse_id(request.tokens[0], &ignored) == 0 ? request.tokens[0] : NULL;
    if (malformed != NULL) {
        reply_error(id, malformed);
        return;
    }
    if (id == NULL) {
        reply_error(NULL, "a request starts with a decimal id of at most 18 digits");
        return;
    }
    if (request.count < 2) {
        reply_error(id, "a request is <id> <VERB> [fields]");
        return;
    }
    const char *verb = request.tokens[1];
    if (strcmp(verb, "HELLO") == 0) {
        do_hello(id, &request);
        return;
    }
    if (!greeted) {
        reply_error(id, "say HELLO rtk-agent/1 first");
        return;
    }
    if (strcmp(verb, "ATTACH") == 0) do_attach(id, &request);
    else if (strcmp(verb, "DETACH") == 0) do_detach(id, &request);
    else if (strcmp(verb, "CREATE") == 0) do_create(id, &request);
    else if (strcmp(verb, "OPEN") == 0) do_open(id, &request);
    else if (strcmp(verb, "UNMAP") == 0) do_unmap(id, &request);
    else if (strcmp(verb, "CLOSE") == 0) do_close(id, &request);
    else if (strcmp(verb, "READ") == 0) do_read(id, &request);
    else if (strcmp(verb, "WRITE") == 0) do_write(id, &request);
    else if (strcmp(verb, "LIST") == 0) do_list(id, &request);
    else if (strcmp(verb, "SWEEP") == 0) do_sweep(id, &request);
    else if (strcmp(verb, "ECHO") == 0 && request.count == 3) {
        /* The benchmark's baseline: the cheapest possible round trip over the same pipe. */
        reply_begin();
        reply_append("%s OK %s", id, request.tokens[2]);
        reply_send();
    }
    else if (strcmp(verb, "BYE") == 0 && request.count == 2) {
        reply_begin();
        reply_append("%s OK", id);
        reply_send();
        RtkPosixReleaseEverything();
        exit(0);
    } else {
        reply_error(id, "unknown request verb");
    }
}

/* Reads newline-terminated lines; an over-long line is discarded up to its newline and answered with ERR. */
static void serve(void) {
    static char buffer[RTK_MAX_LINE + 1];
    size_t filled = 0;
    int discarding = 0;
    for (;;) {
        char *newline = memchr(buffer, '\n', filled);
        if (newline == NULL) {
            if (filled == RTK_MAX_LINE) {
                if (!discarding) {
                    reply_error(NULL, "line longer than 1048576 bytes");
                }
                discarding = 1;
                filled = 0;
            }
            ssize_t got = read(STDIN_FILENO, buffer + filled, RTK_MAX_LINE - filled);
            if (got < 0 && errno == EINTR) {
                continue;
            }
            if (got <= 0) {
                if (filled > 0 && !discarding) {
                    reply_error(NULL, "the last line has no newline; ignored");
                }
                return;
            }
            filled += (size_t) got;
            continue;
        }
        size_t line_length = (size_t) (newline - buffer);
        *newline = '\0';
        if (discarding) {
            discarding = 0;
        } else if (memchr(buffer, '\0', line_length) != NULL) {
            reply_error(NULL, "NUL byte in a request line");
        } else {
            dispatch(buffer);
        }
        size_t rest = filled - line_length - 1;
        memmove(buffer, newline + 1, rest);
        filled = rest;
    }
}

static int usage(void) {
    fputs("usage: rtk-posix-agent --prefix <[a-z0-9.]{1,40}>      serve rtk-agent/1 on stdin/stdout\n"
          "       rtk-posix-agent --listen <HOST:PORT> --token-file <file> [--allow-address] --prefix <p>\n"
          "                                                        serve one forked caller per TCP connection\n"
          "       rtk-posix-agent --sweep <[a-z0-9.]{1,40}>       remove unheld objects under that prefix\n"
          "       rtk-posix-agent --sweep-all                      remove every unheld rtk.* object\n", stderr);
    return 64;
}

/* One caller on stdin/stdout (a pipe, or the socket a TCP launcher handed over); never returns. */
static void serve_caller(const char *prefix) {
    snprintf(run_prefix, sizeof run_prefix, "%s", prefix);
    RtkPosixSetNamespace(run_prefix); /* valid: checked by the caller */
    if (install_fault_handlers() != 0) {
        perror("rtk-posix-agent: sigaction");
        exit(71);
    }
    serve();
    RtkPosixReleaseEverything();
    exit(0);
}

/* --listen HOST:PORT --token-file FILE [--allow-address] --prefix P, in any order. */
static int launch_tcp(int argc, char **argv) {
    struct launcher_options options = {NULL, NULL, 0, NULL};
    for (int i = 1; i < argc; i++) {
        const char **value = strcmp(argv[i], "--listen") == 0 ? &options.listen
                           : strcmp(argv[i], "--token-file") == 0 ? &options.token_file
                           : strcmp(argv[i], "--prefix") == 0 ? &options.prefix : NULL;
        if (value != NULL && i + 1 < argc && *value == NULL) {
            *value = argv[++i];
        } else if (strcmp(argv[i], "--allow-address") == 0 && !options.allow_address) {
            options.allow_address = 1;
        } else {
            fprintf(stderr, "rtk-posix-agent: unexpected or repeated argument '%s'\n", argv[i]);
            return usage();
        }
    }
    if (options.listen == NULL || options.token_file == NULL || options.prefix == NULL) {
        fputs("rtk-posix-agent: --listen needs --token-file <file> and --prefix <p> too\n", stderr);
        return usage();
    }
    if (!valid_prefix(options.prefix) || strlen(options.prefix) > 20) {
        fprintf(stderr, "rtk-posix-agent: --prefix %s: a launcher's prefix is [a-z0-9.]{1,20} (each caller adds"
                " its own)\n", options.prefix);
        return 64;
    }
    return run_tcp_launcher(&options, serve_caller);
}

int main(int argc, char **argv) {
    signal(SIGPIPE, SIG_IGN);
    if (argc == 2 && strcmp(argv[1], "--sweep-all") == 0) {
        int removed = shm_sweep("rtk.");
        printf("removed=%d\n", removed < 0 ? 0 : removed);
        return removed < 0 ? 1 : 0;
    }
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--listen") == 0) {
            return launch_tcp(argc, argv);
        }
    }
    if (argc != 3 || !valid_prefix(argv[2])) {
        return usage();
    }
    if (strcmp(argv[1], "--sweep") == 0) {
        char entry_prefix[80];
        snprintf(entry_prefix, sizeof entry_prefix, "rtk.%s.", argv[2]);
        int removed = shm_sweep(entry_prefix);
        printf("removed=%d\n", removed < 0 ? 0 : removed);
        return removed < 0 ? 1 : 0;
    }
    if (strcmp(argv[1], "--prefix") != 0) {
        return usage();
    }
    serve_caller(argv[2]);
}
