/* rtk-win32-agent is the agent SDK's main linked with librtkapi_win32.a; this file is the glue: the hooks a vendor
 * may give (agents/sdk/include/rtk_agent.h), each through the library's extension API (rtkapi_win32.h). */
#include "rtk_agent.h"
#include "rtkapi_win32.h"

struct forward {
    rtk_held_object_sink sink;
    void *context;
};

static void forward_held(void *context, const struct RtkWin32HeldObject *object) {
    const struct forward *to = context;
    static const char *const KINDS[] = {NULL, "EVENT", "MUTEX", "SEMAPHORE"};
    struct rtk_held_object held = {object->key, object->size, object->handles, object->views, object->units,
                                   object->unit_count, KINDS[object->kind]};
    to->sink(to->context, &held);
}

static int list_held(rtk_held_object_sink sink, void *context) {
    struct forward to = {sink, context};
    return RtkWin32ListHeld(forward_held, &to);
}

static int sweep(const char *prefix) {
    (void) prefix; /* Win32 destroys an object with its last handle and view; the system releases a killed caller's */
    return 0;
}

static int last_native_code(void) {
    return (int) RtkWin32LastError();
}

static NTSTATUS create_named_object(RTSSINST instance, enum rtk_object_kind kind, PUNICODE_STRING name,
                                    PHANDLE handle) {
    return RtkWin32CreateNamedObject(instance, kind == RTK_OBJECT_EVENT ? KIND_EVENT
                                               : kind == RTK_OBJECT_MUTEX ? KIND_MUTEX : KIND_SEMAPHORE, name, handle);
}

/* Each reading is what the port and the system do, not a wish: see agents/windows/README.md. */
const struct rtk_agent_hooks rtk_agent_hooks = {
    .manifest = {
        .id = "win32",
        .vendor = "rtk-conformance",
        .product = "RTX64 RTKAPI shared memory on Win32 file mappings",
        .version = "0.1.0",
        .api = "RTX64_2013_SP1",
        .capabilities = "MULTIPLE_CALLERS,VIEW_ACCESS,CALLER_TERMINATION,INTROSPECTION,UNMAP,"
                        "NAMED_OBJECTS_OF_OTHER_KINDS",
        .readings = "D-1.B,D-3.A,D-4.A,D-5.A,D-6.A,D-7.A,D-8.A,D-9.A,D-10.A,D-11.A,D-12.A,D-13.A,D-14.B,D-15.B,"
                    "D-16.A,D-18.A,D-19.B,D-21.B,D-22.C,D-24.B",
    },
    .set_namespace = RtkWin32SetNamespace,
    .sweep = sweep,
    .list_held = list_held,
    .last_native_code = last_native_code,
    .last_detail = RtkWin32LastDetail,
    .release_all = RtkWin32ReleaseEverything,
    .create_named_object = create_named_object,
};
