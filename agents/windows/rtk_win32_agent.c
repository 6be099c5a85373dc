/* rtk-win32-agent: one simulated RTX caller process on Win32 (run under Wine on Linux), driven over stdio by the
 * rtk-agent/1 protocol (docs/agent-protocol.md). The RTKAPI calls are librtkapi_win32.a (RtkApi.h); this shell turns
 * request lines into those calls and their outcomes into reply lines. The line codec is agents/linux/protocol.c. */
#include <fcntl.h>
#include <io.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "RtkApi.h"
#include "guarded_access_win32.h"
#include "protocol.h"
#include "rtkapi_win32.h"

#define MAX_ACCESS_BYTES 65536u

static const char *const CAPABILITIES =
    "MULTIPLE_CALLERS,VIEW_ACCESS,CALLER_TERMINATION,INTROSPECTION,UNMAP,NAMED_OBJECTS_OF_OTHER_KINDS";
/* Each reading is what the port and the system do, not a wish: see docs/agent-protocol.md §10. */
static const char *const READINGS =
    "D-1.B,D-3.A,D-4.A,D-5.A,D-6.A,D-7.A,D-8.A,D-9.A,D-10.A,D-11.A,D-12.A,D-13.A,D-14.B,D-15.B,D-16.A,D-18.A,"
    "D-19.B,D-21.B,D-22.C,D-24.B";

static int greeted;

/* ---- replies to RTKAPI calls ---- */

/* "<id> OK status=<hex> errno=<Win32 error> [detail=...]". */
static void reply_call(const char *id, NTSTATUS status) {
    const char *detail = RtkWin32LastDetail();
    reply_begin();
    reply_append("%s OK status=%08X errno=%lu", id, (unsigned) (uint32_t) status, RtkWin32LastError());
    if (detail != NULL && *detail != '\0') {
        reply_append(" detail=");
        reply_append_text(detail);
    }
}

static PUNICODE_STRING unicode_string_of(struct unicode_string *parsed, UNICODE_STRING *storage) {
    if (parsed->null_pointer) {
        return NULL;
    }
    storage->Length = (USHORT) parsed->length;
    storage->MaximumLength = (USHORT) parsed->maximum_length;
    storage->Buffer = parsed->null_buffer ? NULL : (PWSTR) parsed->units;
    return storage;
}

static void do_attach(const char *id, struct request *request) {
    uint32_t max_wfso;
    if (request->count != 3 || parse_hex32(request->tokens[2], &max_wfso) != 0) {
        reply_error(id, "usage: <id> ATTACH <MaxWFSO hex32>");
        return;
    }
    RTSSINST value = 0;
    NTSTATUS status = RtkRtssAttach(max_wfso, &value);
    reply_call(id, status);
    reply_append(" inst=%llX", (unsigned long long) value);
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

static void reply_created_or_opened(const char *id, NTSTATUS status, HANDLE handle, VOID *location) {
    reply_call(id, status);
    if (NT_SUCCESS(status)) {
        reply_append(" handle=%llX location=%llX", (unsigned long long) (uintptr_t) handle,
                     (unsigned long long) (uintptr_t) location);
    } else {
        reply_append(" handle=- location=-"); /* D-11.A: out-parameters are left untouched on failure */
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

static void do_named(const char *id, struct request *request) {
    uint64_t instance;
    struct unicode_string name;
    const char *kinds[] = {"EVENT", "MUTEX", "SEMAPHORE"};
    const enum object_kind values[] = {KIND_EVENT, KIND_MUTEX, KIND_SEMAPHORE};
    int kind = -1;
    if (request->count == 5) {
        for (int i = 0; i < 3; i++) {
            if (strcmp(request->tokens[3], kinds[i]) == 0) {
                kind = i;
            }
        }
    }
    if (kind < 0 || parse_hex64(request->tokens[2], &instance) != 0) {
        reply_error(id, "usage: <id> NAMED <inst> EVENT|MUTEX|SEMAPHORE <name>");
        return;
    }
    const char *malformed = parse_unicode_string(request->tokens[4], &name);
    if (malformed != NULL) {
        reply_error(id, malformed);
        return;
    }
    if (name.null_pointer) {
        free_unicode_string(&name);
        reply_error(id, "NAMED needs a name");
        return;
    }
    UNICODE_STRING storage;
    HANDLE handle = NULL;
    NTSTATUS status = RtkWin32CreateNamedObject((RTSSINST) instance, values[kind],
                                                unicode_string_of(&name, &storage), &handle);
    free_unicode_string(&name);
    reply_call(id, status);
    if (NT_SUCCESS(status)) {
        reply_append(" handle=%llX", (unsigned long long) (uintptr_t) handle);
    } else {
        reply_append(" handle=-");
    }
    reply_send();
}

/* ---- READ / WRITE ---- */

static int within_a_view(uintptr_t address, size_t len) {
    const struct win32_tables *tables = RtkWin32Tables();
    for (int i = 0; i < WIN32_MAX_VIEWS; i++) {
        const struct win32_view *view = &tables->views[i];
        if (view->used && address >= view->base && len <= view->length && address - view->base <= view->length - len) {
            return 1;
        }
    }
    return 0;
}

/* Whether nothing at all is mapped in the range: then touching it can only fault, never corrupt the agent. */
static int wholly_unmapped(uintptr_t address, size_t len) {
    uintptr_t end = address + (len > 0 ? len : 1);
    for (uintptr_t at = address; at < end;) {
        MEMORY_BASIC_INFORMATION region;
        if (VirtualQuery((void *) at, &region, sizeof region) != sizeof region) {
            return 1; /* beyond the user address space: nothing to corrupt */
        }
        if (region.State != MEM_FREE) {
            return 0;
        }
        uintptr_t next = (uintptr_t) region.BaseAddress + region.RegionSize;
        if (next <= at) {
            return 0;
        }
        at = next;
    }
    return 1;
}

static void reply_fault(enum access_outcome outcome, const struct access_fault *fault) {
    char detail[160];
    snprintf(detail, sizeof detail, "exception %08lX (%s) at 0x%llX", fault->code,
             fault->operation == 1 ? "write" : fault->operation == 8 ? "execute" : "read",
             (unsigned long long) fault->fault_address);
    reply_append(" access=%s detail=", outcome == ACCESS_NOT_MAPPED ? "NOT_MAPPED" : "ACCESS_VIOLATION");
    reply_append_text(detail);
}

static int refuse_unsafe(const char *id, uintptr_t base, uint64_t offset, size_t len, uintptr_t *address) {
    if (offset > UINTPTR_MAX - base || (uintptr_t) (base + offset) > UINTPTR_MAX - len) {
        reply_begin();
        reply_append("%s OK access=NOT_MAPPED detail=", id);
        reply_append_text("base + offset + length overflows the address space");
        reply_send();
        return 1;
    }
    *address = base + (uintptr_t) offset;
    if (within_a_view(*address, len) || wholly_unmapped(*address, len)) {
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

/* The key that names an object across callers: its RTX name's code units, or the unnamed object's owner and number. */
static void object_key(const struct object_ref *object, char *key, size_t size) {
    if (!object->named) {
        snprintf(key, size, "u.%lu.%llu", GetCurrentProcessId(), (unsigned long long) object->unnamed_id);
        return;
    }
    size_t at = (size_t) snprintf(key, size, "n.");
    for (size_t u = 0; u < object->unit_count && at + 5 < size; u++) {
        at += (size_t) snprintf(key + at, size - at, "%04X", object->units[u]);
    }
}

static void do_list(const char *id, struct request *request) {
    if (request->count != 2) {
        reply_error(id, "usage: <id> LIST");
        return;
    }
    const struct win32_tables *tables = RtkWin32Tables();
    static char keys[WIN32_MAX_HANDLES + WIN32_MAX_VIEWS][8 + 4 * RTX_NAME_LIMIT_UNITS];
    static const struct object_ref *refs[WIN32_MAX_HANDLES + WIN32_MAX_VIEWS];
    static int is_handle[WIN32_MAX_HANDLES + WIN32_MAX_VIEWS];
    static enum object_kind kinds[WIN32_MAX_HANDLES + WIN32_MAX_VIEWS];
    int count = 0, handle_total = 0, view_total = 0;
    for (int i = 0; i < WIN32_MAX_HANDLES; i++) {
        if (tables->handles[i].used) {
            refs[count] = &tables->handles[i].object;
            kinds[count] = tables->handles[i].kind;
            is_handle[count++] = 1;
            handle_total++;
        }
    }
    for (int i = 0; i < WIN32_MAX_VIEWS; i++) {
        if (tables->views[i].used) {
            refs[count] = &tables->views[i].object;
            kinds[count] = KIND_SHARED_MEMORY;
            is_handle[count++] = 0;
            view_total++;
        }
    }
    for (int i = 0; i < count; i++) {
        object_key(refs[i], keys[i], sizeof keys[i]);
    }
    reply_begin();
    reply_append("%s OK handles=%d views=%d", id, handle_total, view_total);
    /* One obj= per distinct key; quadratic in the entries, which are few. */
    for (int i = 0; i < count; i++) {
        int first = 1, handles = 0, views = 0;
        for (int j = 0; j < count; j++) {
            if (strcmp(keys[i], keys[j]) == 0) {
                if (j < i) {
                    first = 0;
                    break;
                }
                if (is_handle[j]) handles++; else views++;
            }
        }
        if (!first) {
            continue;
        }
        reply_append(" obj=%s,%llX,%d,%d,", keys[i], (unsigned long long) refs[i]->size, handles, views);
        if (!refs[i]->named) {
            reply_append("-");
            continue;
        }
        unsigned char bytes[RTX_NAME_LIMIT_UNITS * 2];
        for (size_t u = 0; u < refs[i]->unit_count; u++) {
            bytes[2 * u] = (unsigned char) (refs[i]->units[u] >> 8);
            bytes[2 * u + 1] = (unsigned char) (refs[i]->units[u] & 0xFF);
        }
        reply_append("N");
        reply_append_hex(bytes, refs[i]->unit_count * 2);
        /* Other kinds share the namespace (D-7); the kind is a sixth field, absent for shared memory. */
        reply_append("%s", kinds[i] == KIND_EVENT ? ",EVENT" : kinds[i] == KIND_MUTEX ? ",MUTEX"
                           : kinds[i] == KIND_SEMAPHORE ? ",SEMAPHORE" : "");
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
    reply_append("%s HELLO %s backend=win32 vendor=rtk-conformance product=", id, RTK_PROTOCOL_VERSION);
    reply_append_text("RTX64 RTKAPI shared memory on Win32 file mappings");
    reply_append(" version=0.1.0 api=RTX64_2013_SP1 caps=%s readings=%s", CAPABILITIES, READINGS);
    reply_send();
}

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
    else if (strcmp(verb, "NAMED") == 0) do_named(id, &request);
    else if (strcmp(verb, "SWEEP") == 0 && request.count == 2) {
        /* Win32 destroys an object with its last handle or view, and the system releases a killed caller's. */
        reply_begin();
        reply_append("%s OK removed=0 errno=0", id);
        reply_send();
    } else if (strcmp(verb, "ECHO") == 0 && request.count == 3) {
        reply_begin();
        reply_append("%s OK %s", id, request.tokens[2]);
        reply_send();
    } else if (strcmp(verb, "BYE") == 0 && request.count == 2) {
        reply_begin();
        reply_append("%s OK", id);
        reply_send();
        RtkWin32ReleaseEverything();
        exit(0);
    } else {
        reply_error(id, "unknown request verb");
    }
}

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
            int got = _read(0, buffer + filled, (unsigned) (RTK_MAX_LINE - filled));
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

/* ---- process life, for the client's termination ---- */

#define LIFE_VARIABLE "RTK_WINE_LIFE"

static int valid_token(const char *token) {
    size_t length = strlen(token);
    return length > 0 && length <= 40 && strspn(token, "abcdefghijklmnopqrstuvwxyz0123456789.") == length;
}

static void life_mutex_name(const char *token, WCHAR *name, size_t size) {
    swprintf(name, size, L"rtk.life.%hs", token);
}

/* The client names each caller in RTK_WINE_LIFE; the agent owns a mutex of that name for its whole life. The system
 * abandons it when the process dies, in the same step that closes the process's handles. */
static void hold_life_mutex(void) {
    const char *token = getenv(LIFE_VARIABLE);
    if (token == NULL) {
        return;
    }
    if (!valid_token(token)) {
        fprintf(stderr, "rtk-win32-agent: %s=%s is not [a-z0-9.]{1,40}\n", LIFE_VARIABLE, token);
        exit(64);
    }
    WCHAR name[64];
    life_mutex_name(token, name, 64);
    if (CreateMutexW(NULL, TRUE, name) == NULL) {
        fprintf(stderr, "rtk-win32-agent: CreateMutexW(life) failed with %lu\n", GetLastError());
        exit(71);
    }
}

/* --await-release <token>: returns once the caller that held the token's mutex is gone and its handles are closed
 * (exit 0), or after timeout_ms (exit 1). A killed Wine process is released by the wine server asynchronously. */
static int await_release(const char *token, DWORD timeout_ms) {
    if (!valid_token(token)) {
        fprintf(stderr, "rtk-win32-agent: --await-release %s: not [a-z0-9.]{1,40}\n", token);
        return 64;
    }
    WCHAR name[64];
    life_mutex_name(token, name, 64);
    HANDLE life = OpenMutexW(SYNCHRONIZE, FALSE, name);
    if (life == NULL) {
        puts("released");
        return 0;
    }
    DWORD waited = WaitForSingleObject(life, timeout_ms);
    CloseHandle(life);
    if (waited == WAIT_ABANDONED || waited == WAIT_OBJECT_0) {
        puts("released");
        return 0;
    }
    puts("still held");
    return 1;
}

static int usage(void) {
    fputs("usage: rtk-win32-agent --prefix <[a-z0-9.]{1,40}>   serve rtk-agent/1 on stdin/stdout\n"
          "       rtk-win32-agent --sweep <p> | --sweep-all     nothing to remove on Win32: prints removed=0\n"
          "       rtk-win32-agent --await-release <token>       wait until the caller named <token> is released\n",
          stderr);
    return 64;
}

int main(int argc, char **argv) {
    _setmode(0, _O_BINARY);
    _setmode(1, _O_BINARY);
    /* Errors in the agent are reported, never shown in a dialog box. */
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    if (argc == 2 && strcmp(argv[1], "--sweep-all") == 0) {
        puts("removed=0");
        return 0;
    }
    if (argc == 3 && strcmp(argv[1], "--await-release") == 0) {
        return await_release(argv[2], 5000);
    }
    if (argc != 3 || RtkWin32SetNamespace(argv[2]) != 0) {
        return usage();
    }
    if (strcmp(argv[1], "--sweep") == 0) {
        puts("removed=0");
        return 0;
    }
    if (strcmp(argv[1], "--prefix") != 0) {
        return usage();
    }
    hold_life_mutex();
    if (install_fault_handler() != 0) {
        fputs("rtk-win32-agent: AddVectoredExceptionHandler failed\n", stderr);
        return 71;
    }
    serve();
    RtkWin32ReleaseEverything();
    return 0;
}
