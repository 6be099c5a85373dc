#define _GNU_SOURCE
#include "requests.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bookkeeping.h"
#include "guarded_access.h"
#include "namespace.h"
#include "protocol.h"
#include "view_bounds.h"

#ifdef _WIN32
#include <process.h>
#define agent_pid() ((long) _getpid())
#else
#include <unistd.h>
#define agent_pid() ((long) getpid())
#endif

#define MAX_ACCESS_BYTES 65536u
#define MAX_LISTED_KEY 200

static const struct rtk_agent_hooks *hooks;
static const struct agent_manifest *manifest;
static int greeted;

void rtk_sdk_requests_configure(const struct rtk_agent_hooks *vendor_hooks, const struct agent_manifest *composed) {
    hooks = vendor_hooks;
    manifest = composed;
}

void rtk_sdk_release_everything(void) {
    if (hooks->release_all != NULL) {
        hooks->release_all();
    } else {
        rtk_sdk_book_release_everything();
    }
}

/* ---- replies to RTKAPI calls ---- */

/* "<id> OK status=<hex> errno=<n> [detail=...]": the status the library returned, with its native detail. */
static void reply_call(const char *id, NTSTATUS status) {
    int native = hooks->last_native_code != NULL ? hooks->last_native_code() : 0;
    const char *detail = hooks->last_detail != NULL ? hooks->last_detail() : NULL;
    rtk_sdk_reply_begin();
    rtk_sdk_reply_append("%s OK status=%08X errno=%d", id, (unsigned) (uint32_t) status, native);
    if (detail != NULL && *detail != '\0') {
        rtk_sdk_reply_append(" detail=");
        rtk_sdk_reply_append_text(detail);
    }
}

/* A UNICODE_STRING over the request's buffer: NULL for "-", else the lengths and buffer as carried. */
static PUNICODE_STRING unicode_string_of(struct unicode_string *parsed, UNICODE_STRING *storage) {
    if (parsed->null_pointer) {
        return NULL;
    }
    storage->Length = (USHORT) parsed->length;
    storage->MaximumLength = (USHORT) parsed->maximum_length;
    storage->Buffer = parsed->null_buffer ? NULL : (PWSTR) parsed->units;
    return storage;
}

/* ---- ATTACH / DETACH ---- */

static void do_attach(const char *id, struct request *request) {
    uint32_t max_wfso;
    if (request->count != 3 || rtk_sdk_parse_hex32(request->tokens[2], &max_wfso) != 0) {
        rtk_sdk_reply_error(id, "usage: <id> ATTACH <MaxWFSO hex32>");
        return;
    }
    RTSSINST value = 0;
    NTSTATUS status = RtkRtssAttach(max_wfso, &value);
    if (NT_SUCCESS(status) && value != 0) {
        rtk_sdk_book_attached(value);
    }
    reply_call(id, status);
    rtk_sdk_reply_append(" inst=%llX", (unsigned long long) value); /* ATTACH-2: what the call wrote, 0 on failure */
    rtk_sdk_reply_send();
}

static void do_detach(const char *id, struct request *request) {
    uint64_t value;
    if (request->count != 3 || rtk_sdk_parse_hex64(request->tokens[2], &value) != 0) {
        rtk_sdk_reply_error(id, "usage: <id> DETACH <RtssInst hex64>");
        return;
    }
    NTSTATUS status = RtkRtssDetach((RTSSINST) value);
    if (NT_SUCCESS(status)) {
        rtk_sdk_book_detached((RTSSINST) value);
    }
    reply_call(id, status);
    rtk_sdk_reply_send();
}

/* ---- CREATE / OPEN ---- */

/* Out-parameters are reported only when the call changed them (D-11): the SDK presets them to a sentinel. */
#define UNTOUCHED ((uintptr_t) 0x5A5A5A5A5A5A5A5Aull)

static void reply_created_or_opened(const char *id, RTSSINST instance, NTSTATUS status, HANDLE handle,
                                    VOID *location) {
    if (NT_SUCCESS(status) && (uintptr_t) handle != UNTOUCHED && (uintptr_t) location != UNTOUCHED) {
        rtk_sdk_book_opened(instance, handle, location);
    }
    reply_call(id, status);
    if ((uintptr_t) handle == UNTOUCHED) {
        rtk_sdk_reply_append(" handle=-");
    } else {
        rtk_sdk_reply_append(" handle=%llX", (unsigned long long) (uintptr_t) handle);
    }
    if ((uintptr_t) location == UNTOUCHED) {
        rtk_sdk_reply_append(" location=-");
    } else {
        rtk_sdk_reply_append(" location=%llX", (unsigned long long) (uintptr_t) location);
    }
    rtk_sdk_reply_send();
}

static void do_create(const char *id, struct request *request) {
    uint64_t instance;
    int handle_pointer, location_pointer;
    uint32_t protect, size_high, size_low;
    struct unicode_string name;
    if (request->count != 9 || rtk_sdk_parse_hex64(request->tokens[2], &instance) != 0
            || rtk_sdk_parse_flag(request->tokens[3], &handle_pointer) != 0 || rtk_sdk_parse_hex32(request->tokens[4], &protect) != 0
            || rtk_sdk_parse_hex32(request->tokens[5], &size_high) != 0 || rtk_sdk_parse_hex32(request->tokens[6], &size_low) != 0
            || rtk_sdk_parse_flag(request->tokens[8], &location_pointer) != 0) {
        rtk_sdk_reply_error(id, "usage: <id> CREATE <inst> <0|1> <Protect> <SizeHigh> <SizeLow> <name> <0|1>");
        return;
    }
    const char *malformed = rtk_sdk_parse_unicode_string(request->tokens[7], &name);
    if (malformed != NULL) {
        rtk_sdk_reply_error(id, malformed);
        return;
    }
    UNICODE_STRING storage;
    HANDLE handle = (HANDLE) UNTOUCHED;
    VOID *location = (VOID *) UNTOUCHED;
    NTSTATUS status = RtkCreateSharedMemory((RTSSINST) instance, handle_pointer ? &handle : NULL, protect, size_high,
                                            size_low, unicode_string_of(&name, &storage),
                                            location_pointer ? &location : NULL);
    rtk_sdk_free_unicode_string(&name);
    reply_created_or_opened(id, (RTSSINST) instance, status, handle, location);
}

static void do_open(const char *id, struct request *request) {
    uint64_t instance;
    int handle_pointer, location_pointer;
    uint32_t access, inherit;
    struct unicode_string name;
    if (request->count != 8 || rtk_sdk_parse_hex64(request->tokens[2], &instance) != 0
            || rtk_sdk_parse_flag(request->tokens[3], &handle_pointer) != 0 || rtk_sdk_parse_hex32(request->tokens[4], &access) != 0
            || strlen(request->tokens[5]) > 2 || rtk_sdk_parse_hex32(request->tokens[5], &inherit) != 0
            || rtk_sdk_parse_flag(request->tokens[7], &location_pointer) != 0) {
        rtk_sdk_reply_error(id, "usage: <id> OPEN <inst> <0|1> <DesiredAccess> <InheritHandle hex8> <name> <0|1>");
        return;
    }
    const char *malformed = rtk_sdk_parse_unicode_string(request->tokens[6], &name);
    if (malformed != NULL) {
        rtk_sdk_reply_error(id, malformed);
        return;
    }
    UNICODE_STRING storage;
    HANDLE handle = (HANDLE) UNTOUCHED;
    VOID *location = (VOID *) UNTOUCHED;
    NTSTATUS status = RtkOpenSharedMemory((RTSSINST) instance, handle_pointer ? &handle : NULL, access,
                                          (BOOLEAN) inherit, unicode_string_of(&name, &storage),
                                          location_pointer ? &location : NULL);
    rtk_sdk_free_unicode_string(&name);
    reply_created_or_opened(id, (RTSSINST) instance, status, handle, location);
}

/* ---- UNMAP / CLOSE ---- */

static void do_unmap(const char *id, struct request *request) {
    uint64_t instance, location;
    if (request->count != 4 || rtk_sdk_parse_hex64(request->tokens[2], &instance) != 0
            || rtk_sdk_parse_hex64(request->tokens[3], &location) != 0) {
        rtk_sdk_reply_error(id, "usage: <id> UNMAP <inst> <location hex64>");
        return;
    }
    NTSTATUS status = RtkUnMapSharedMemory((RTSSINST) instance, (VOID *) (uintptr_t) location);
    if (NT_SUCCESS(status)) {
        rtk_sdk_book_unmapped((RTSSINST) instance, (VOID *) (uintptr_t) location);
    }
    reply_call(id, status);
    rtk_sdk_reply_send();
}

static void do_close(const char *id, struct request *request) {
    uint64_t instance, value;
    if (request->count != 4 || rtk_sdk_parse_hex64(request->tokens[2], &instance) != 0
            || rtk_sdk_parse_hex64(request->tokens[3], &value) != 0) {
        rtk_sdk_reply_error(id, "usage: <id> CLOSE <inst> <handle hex64>");
        return;
    }
    NTSTATUS status = RtkCloseHandle((RTSSINST) instance, (HANDLE) (uintptr_t) value);
    if (NT_SUCCESS(status)) {
        rtk_sdk_book_closed((RTSSINST) instance, (HANDLE) (uintptr_t) value);
    }
    reply_call(id, status);
    rtk_sdk_reply_send();
}

/* ---- READ / WRITE ---- */

static void reply_fault(enum access_outcome outcome, const struct access_fault *fault) {
    rtk_sdk_reply_append(" access=%s detail=", outcome == ACCESS_NOT_MAPPED ? "NOT_MAPPED" : "ACCESS_VIOLATION");
    rtk_sdk_reply_append_text(fault->description);
}

static void reply_not_accessed(const char *id, const char *why) {
    rtk_sdk_reply_begin();
    rtk_sdk_reply_append("%s OK access=NOT_MAPPED detail=", id);
    rtk_sdk_reply_append_text(why);
    rtk_sdk_reply_send();
}

/* Resolves where an access may safely go; returns 0 to proceed, or 1 when it was answered already. */
static int refuse_unsafe(const char *id, uintptr_t base, uint64_t offset, size_t len, uintptr_t *address) {
    if (offset > UINTPTR_MAX - base || (uintptr_t) (base + offset) > UINTPTR_MAX - len) {
        reply_not_accessed(id, "base + offset + length overflows the address space");
        return 1;
    }
    *address = base + (uintptr_t) offset;
    if (rtk_sdk_classify_range(*address, len) != RANGE_FOREIGN) {
        return 0;
    }
    reply_not_accessed(id, "not within a view of this caller (the agent's own memory is there; not accessed)");
    return 1;
}

/* READ and WRITE through the vendor's access_view hook: the address is the vendor's to judge. Returns 0, having
 * replied, or 1 when the vendor leaves the access to the SDK (RTK_VIEW_BY_SDK). */
static int access_by_vendor(const char *id, int write, uintptr_t base, uint64_t offset, unsigned char *data,
                            size_t length) {
    if (offset > UINTPTR_MAX - base || (uintptr_t) (base + offset) > UINTPTR_MAX - length) {
        reply_not_accessed(id, "base + offset + length overflows the address space");
        return 0;
    }
    char detail[200] = "";
    int outcome = hooks->access_view(write, base + (uintptr_t) offset, data, length, detail, sizeof detail);
    if (outcome == RTK_VIEW_BY_SDK) {
        return 1;
    }
    rtk_sdk_reply_begin();
    rtk_sdk_reply_append("%s OK", id);
    if (outcome == RTK_VIEW_OK) {
        rtk_sdk_reply_append(" access=OK");
        if (!write) {
            rtk_sdk_reply_append(" data=");
            rtk_sdk_reply_append_hex(data, length);
        }
    } else {
        rtk_sdk_reply_append(" access=%s detail=", outcome == RTK_VIEW_ACCESS_VIOLATION ? "ACCESS_VIOLATION"
                                                                                       : "NOT_MAPPED");
        rtk_sdk_reply_append_text(detail[0] != '\0' ? detail : "the vendor's access_view hook refused it");
    }
    rtk_sdk_reply_send();
    return 0;
}

static void do_read(const char *id, struct request *request) {
    uint64_t base, offset, length;
    if (request->count != 5 || rtk_sdk_parse_hex64(request->tokens[2], &base) != 0
            || rtk_sdk_parse_hex64(request->tokens[3], &offset) != 0
            || rtk_sdk_parse_dec(request->tokens[4], MAX_ACCESS_BYTES, &length) != 0) {
        rtk_sdk_reply_error(id, "usage: <id> READ <base hex64> <offset hex64> <length 0..65536>");
        return;
    }
    if (hooks->access_view != NULL) {
        static unsigned char read_back[MAX_ACCESS_BYTES];
        if (!access_by_vendor(id, 0, (uintptr_t) base, offset, read_back, (size_t) length)) {
            return;
        }
    }
    uintptr_t address;
    if (refuse_unsafe(id, (uintptr_t) base, offset, (size_t) length, &address)) {
        return;
    }
    static unsigned char data[MAX_ACCESS_BYTES];
    struct access_fault fault;
    enum access_outcome outcome = rtk_sdk_guarded_read(address, data, (size_t) length, &fault);
    rtk_sdk_reply_begin();
    rtk_sdk_reply_append("%s OK", id);
    if (outcome == ACCESS_OK) {
        rtk_sdk_reply_append(" access=OK data=");
        rtk_sdk_reply_append_hex(data, (size_t) length);
    } else {
        reply_fault(outcome, &fault);
    }
    rtk_sdk_reply_send();
}

static void do_write(const char *id, struct request *request) {
    uint64_t base, offset;
    static unsigned char data[MAX_ACCESS_BYTES];
    size_t length = 0;
    if (request->count != 5 || rtk_sdk_parse_hex64(request->tokens[2], &base) != 0
            || rtk_sdk_parse_hex64(request->tokens[3], &offset) != 0
            || rtk_sdk_parse_hex_bytes(request->tokens[4], data, &length, MAX_ACCESS_BYTES) != 0) {
        rtk_sdk_reply_error(id, "usage: <id> WRITE <base hex64> <offset hex64> <data: 1..65536 bytes as hex>");
        return;
    }
    if (hooks->access_view != NULL && !access_by_vendor(id, 1, (uintptr_t) base, offset, data, length)) {
        return;
    }
    uintptr_t address;
    if (refuse_unsafe(id, (uintptr_t) base, offset, length, &address)) {
        return;
    }
    struct access_fault fault;
    enum access_outcome outcome = rtk_sdk_guarded_write(address, data, length, &fault);
    rtk_sdk_reply_begin();
    rtk_sdk_reply_append("%s OK", id);
    if (outcome == ACCESS_OK) {
        rtk_sdk_reply_append(" access=OK");
    } else {
        reply_fault(outcome, &fault);
    }
    rtk_sdk_reply_send();
}

/* ---- LIST / SWEEP ---- */

struct listing {
    int handles;
    int views;
    const char *malformed; /* why a held object could not be listed, or NULL */
};

static int listable_key(const char *key) {
    size_t len = strlen(key);
    if (len == 0 || len > MAX_LISTED_KEY) {
        return 0;
    }
    for (size_t i = 0; i < len; i++) {
        if (key[i] <= 0x20 || key[i] >= 0x7F || key[i] == ',') {
            return 0;
        }
    }
    return 1;
}

static void append_held(void *context, const struct rtk_held_object *object) {
    struct listing *listing = context;
    if (object == NULL || object->key == NULL || !listable_key(object->key) || object->handles < 0
            || object->views < 0 || (object->name_units == NULL && object->name_unit_count != 0)) {
        listing->malformed = "the vendor's list_held hook gave an object without a printable key (no spaces or"
                             " commas, at most 200 bytes) or with negative counts";
        return;
    }
    listing->handles += object->handles;
    listing->views += object->views;
    rtk_sdk_reply_append(" obj=%s,%llX,%d,%d,", object->key, (unsigned long long) object->size, object->handles,
                 object->views);
    if (object->name_units == NULL) {
        rtk_sdk_reply_append("-");
        return;
    }
    rtk_sdk_reply_append("N");
    for (size_t u = 0; u < object->name_unit_count; u++) {
        unsigned char bytes[2] = {(unsigned char) (object->name_units[u] >> 8),
                                  (unsigned char) (object->name_units[u] & 0xFF)};
        rtk_sdk_reply_append_hex(bytes, 2);
    }
    if (object->kind != NULL) {
        rtk_sdk_reply_append(",%s", object->kind); /* the optional sixth field (docs/agent-protocol.md §4) */
    }
}

static void do_list(const char *id, struct request *request) {
    if (request->count != 2) {
        rtk_sdk_reply_error(id, "usage: <id> LIST");
        return;
    }
    if (hooks->list_held == NULL) {
        rtk_sdk_reply_error(id, "LIST needs the INTROSPECTION capability, which this agent does not declare");
        return;
    }
    /* The objects go into the reply as they come; the totals, which lead the reply, are spliced in after. */
    struct listing listing = {0, 0, NULL};
    rtk_sdk_reply_begin();
    int error = hooks->list_held(append_held, &listing);
    if (listing.malformed != NULL || error != 0) {
        rtk_sdk_reply_error(id, listing.malformed != NULL ? listing.malformed : "the vendor's list_held hook failed");
        return;
    }
    char totals[96];
    snprintf(totals, sizeof totals, "%s OK handles=%d views=%d", id, listing.handles, listing.views);
    rtk_sdk_reply_prepend(totals);
    rtk_sdk_reply_send();
}

static void do_sweep(const char *id, struct request *request, const char *prefix) {
    if (request->count != 2) {
        rtk_sdk_reply_error(id, "usage: <id> SWEEP");
        return;
    }
    int removed = hooks->sweep != NULL ? hooks->sweep(prefix) : 0;
    rtk_sdk_reply_begin();
    if (removed < 0) {
        rtk_sdk_reply_append("%s OK removed=0 errno=%d", id, -removed);
    } else {
        rtk_sdk_reply_append("%s OK removed=%d errno=0", id, removed);
    }
    rtk_sdk_reply_send();
}

/* ---- NAMED / IRQL / FAULT: only with their hooks ---- */

static void do_named(const char *id, struct request *request) {
    static const char *const KINDS[] = {"EVENT", "MUTEX", "SEMAPHORE"};
    uint64_t instance;
    int kind = -1;
    struct unicode_string name;
    if (request->count == 5) {
        for (int k = 0; k < 3; k++) {
            if (strcmp(request->tokens[3], KINDS[k]) == 0) kind = k;
        }
    }
    if (request->count != 5 || rtk_sdk_parse_hex64(request->tokens[2], &instance) != 0 || kind < 0) {
        rtk_sdk_reply_error(id, "usage: <id> NAMED <inst> EVENT|MUTEX|SEMAPHORE <name>");
        return;
    }
    const char *malformed = rtk_sdk_parse_unicode_string(request->tokens[4], &name);
    if (malformed != NULL) {
        rtk_sdk_reply_error(id, malformed);
        return;
    }
    UNICODE_STRING storage;
    HANDLE handle = (HANDLE) UNTOUCHED;
    NTSTATUS status = hooks->create_named_object((RTSSINST) instance, (enum rtk_object_kind) kind,
                                                 unicode_string_of(&name, &storage), &handle);
    rtk_sdk_free_unicode_string(&name);
    reply_call(id, status);
    if ((uintptr_t) handle == UNTOUCHED) {
        rtk_sdk_reply_append(" handle=-");
    } else {
        rtk_sdk_reply_append(" handle=%llX", (unsigned long long) (uintptr_t) handle);
    }
    rtk_sdk_reply_send();
}

static void do_irql(const char *id, struct request *request) {
    uint64_t level;
    if (request->count != 3 || rtk_sdk_parse_dec(request->tokens[2], 31, &level) != 0) {
        rtk_sdk_reply_error(id, "usage: <id> IRQL <0..31>");
        return;
    }
    if (hooks->set_irql((unsigned) level) != 0) {
        rtk_sdk_reply_error(id, "the vendor's set_irql hook refused this level");
        return;
    }
    rtk_sdk_reply_begin();
    rtk_sdk_reply_append("%s OK", id);
    rtk_sdk_reply_send();
}

static void do_fault(const char *id, struct request *request) {
    static const char *const FAULTS[] = {"CLEAR", "MEMORY_EXHAUSTED", "RTSS_STOPPED", "INTERNAL_FAILURE"};
    int fault = -1;
    for (int f = 0; request->count == 3 && f < 4; f++) {
        if (strcmp(request->tokens[2], FAULTS[f]) == 0) fault = f;
    }
    if (fault < 0) {
        rtk_sdk_reply_error(id, "usage: <id> FAULT MEMORY_EXHAUSTED|RTSS_STOPPED|INTERNAL_FAILURE|CLEAR");
        return;
    }
    if (hooks->inject_fault((enum rtk_fault) fault) != 0) {
        rtk_sdk_reply_error(id, "the vendor's inject_fault hook cannot make this fault real");
        return;
    }
    rtk_sdk_reply_begin();
    rtk_sdk_reply_append("%s OK", id);
    rtk_sdk_reply_send();
}

/* ---- HELLO ---- */

static void do_hello(const char *id, struct request *request) {
    if (request->count != 3) {
        rtk_sdk_reply_error(id, "usage: <id> HELLO rtk-agent/1");
        return;
    }
    if (strcmp(request->tokens[2], RTK_PROTOCOL_VERSION) != 0) {
        rtk_sdk_reply_error(id, "unsupported protocol version; this agent speaks " RTK_PROTOCOL_VERSION);
        return;
    }
    greeted = 1;
    rtk_sdk_reply_begin();
    rtk_sdk_reply_append("%s HELLO %s backend=%s vendor=", id, RTK_PROTOCOL_VERSION, manifest->id);
    rtk_sdk_reply_append_text(manifest->vendor);
    rtk_sdk_reply_append(" product=");
    rtk_sdk_reply_append_text(manifest->product);
    rtk_sdk_reply_append(" version=");
    rtk_sdk_reply_append_text(manifest->version);
    rtk_sdk_reply_append(" api=%s pid=%ld caps=%s readings=%s", manifest->api, agent_pid(), manifest->capabilities,
                 manifest->readings);
    rtk_sdk_reply_send();
}

/* ---- the dispatcher ---- */

static const char *namespace_prefix;
/* A spare caller of a fork server (docs/agent-protocol.md §10) is forked before its session exists: it takes its
 * namespace from one PREFIX request, and nothing but HELLO, ECHO and BYE before it. */
static int awaiting_prefix;
static char spare_prefix[48];

void rtk_sdk_requests_set_namespace(const char *prefix) {
    namespace_prefix = prefix;
}

void rtk_sdk_requests_await_namespace(void) {
    awaiting_prefix = 1;
}

static void do_prefix(const char *id, struct request *request) {
    if (!awaiting_prefix) {
        rtk_sdk_reply_error(id, "PREFIX is only for a spare caller of a fork server, once, before any call");
        return;
    }
    if (request->count != 3 || strlen(request->tokens[2]) > 40 || !rtk_sdk_valid_prefix(request->tokens[2])) {
        rtk_sdk_reply_error(id, "usage: <id> PREFIX <[a-z0-9.]{1,40}>");
        return;
    }
    snprintf(spare_prefix, sizeof spare_prefix, "%s", request->tokens[2]);
    if (hooks->set_namespace != NULL && hooks->set_namespace(spare_prefix) != 0) {
        rtk_sdk_reply_error(id, "the vendor's set_namespace hook refused this prefix");
        return;
    }
    namespace_prefix = spare_prefix;
    awaiting_prefix = 0;
    rtk_sdk_reply_begin();
    rtk_sdk_reply_append("%s OK", id);
    rtk_sdk_reply_send();
}

/* A verb whose hook is absent is unknown to this agent, exactly as if it had no such verb. */
static int offered(const char *verb, const char *name, int hook_present) {
    return strcmp(verb, name) == 0 && hook_present;
}

void rtk_sdk_dispatch(char *line) {
    struct request request;
    const char *malformed = rtk_sdk_split_request(line, &request);
    uint64_t ignored;
    const char *id = request.count > 0 && rtk_sdk_parse_id(request.tokens[0], &ignored) == 0 ? request.tokens[0] : NULL;
    if (malformed != NULL) {
        rtk_sdk_reply_error(id, malformed);
        return;
    }
    if (id == NULL) {
        rtk_sdk_reply_error(NULL, "a request starts with a decimal id of at most 18 digits");
        return;
    }
    if (request.count < 2) {
        rtk_sdk_reply_error(id, "a request is <id> <VERB> [fields]");
        return;
    }
    const char *verb = request.tokens[1];
    if (strcmp(verb, "HELLO") == 0) {
        do_hello(id, &request);
        return;
    }
    if (!greeted) {
        rtk_sdk_reply_error(id, "say HELLO rtk-agent/1 first");
        return;
    }
    if (strcmp(verb, "PREFIX") == 0) {
        do_prefix(id, &request);
        return;
    }
    if (awaiting_prefix && strcmp(verb, "ECHO") != 0 && strcmp(verb, "BYE") != 0) {
        rtk_sdk_reply_error(id, "a spare caller takes PREFIX <p> before any other request");
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
    else if (strcmp(verb, "SWEEP") == 0) do_sweep(id, &request, namespace_prefix);
    else if (offered(verb, "NAMED", hooks->create_named_object != NULL)) do_named(id, &request);
    else if (offered(verb, "IRQL", hooks->set_irql != NULL)) do_irql(id, &request);
    else if (offered(verb, "FAULT", hooks->inject_fault != NULL)) do_fault(id, &request);
    else if (strcmp(verb, "ECHO") == 0 && request.count == 3) {
        /* The benchmark's baseline: the cheapest possible round trip over the same pipe. */
        rtk_sdk_reply_begin();
        rtk_sdk_reply_append("%s OK %s", id, request.tokens[2]);
        rtk_sdk_reply_send();
    } else if (strcmp(verb, "BYE") == 0 && request.count == 2) {
        rtk_sdk_reply_begin();
        rtk_sdk_reply_append("%s OK", id);
        rtk_sdk_reply_send();
        rtk_sdk_release_everything();
        exit(0);
    } else {
        rtk_sdk_reply_error(id, "unknown request verb");
    }
}
