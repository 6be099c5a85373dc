/* rtk-posix-agent is the agent SDK's main linked with librtkapi_posix.a; this file is all the glue, the hooks
 * a vendor may give (agents/sdk/include/rtk_agent.h), each through the library's public extension API
 * (rtkapi_posix.h) and nothing private. */
#include "rtk_agent.h"
#include "rtkapi_posix.h"

/* Adapts one held object of the library to the SDK's form (same fields, separate types: the library does
 * not depend on the SDK). */
struct forward {
    rtk_held_object_sink sink;
    void *context;
};

static void forward_held(void *context, const struct RtkPosixHeldObject *object) {
    const struct forward *to = context;
    struct rtk_held_object held = {object->key, object->size, object->handles, object->views, object->units,
                                   object->unit_count, NULL};
    to->sink(to->context, &held);
}

static int list_held(rtk_held_object_sink sink, void *context) {
    struct forward to = {sink, context};
    return RtkPosixListHeld(forward_held, &to);
}

/* READ and WRITE ask the library first, which knows which views another caller's last close destroyed; a live
 * view is left to the SDK's fault-guarded access. */
static int access_view(int write, uintptr_t address, unsigned char *data, size_t len, char *detail,
                       size_t detail_size) {
    switch (RtkPosixAccessView(write, address, data, len, detail, detail_size)) {
    case RTK_POSIX_VIEW_OK:
        return RTK_VIEW_OK;
    case RTK_POSIX_VIEW_ACCESS_VIOLATION:
        return RTK_VIEW_ACCESS_VIOLATION;
    case RTK_POSIX_VIEW_BY_SDK:
        return RTK_VIEW_BY_SDK;
    default:
        return RTK_VIEW_NOT_MAPPED;
    }
}

/* Each reading is what the library does, not a wish: see docs/agent-protocol.md "Declared readings". */
const struct rtk_agent_hooks rtk_agent_hooks = {
    .manifest = {
        .id = "posix",
        .vendor = "rtk-conformance",
        .product = "RTX64 RTKAPI shared memory on Linux POSIX shm",
        .version = "0.1.0",
        .api = "RTX64_2013_SP1",
        .capabilities = "MULTIPLE_CALLERS,VIEW_ACCESS,CALLER_TERMINATION,INTROSPECTION,UNMAP",
        .readings = "D-1.B,D-3.A,D-4.A,D-5.A,D-6.A,D-8.A,D-9.A,D-10.A,D-11.A,D-12.A,D-13.A,D-14.B,D-15.A,D-16.A,"
                    "D-18.A,D-19.A,D-21.B,D-22.C,D-24.A",
    },
    .set_namespace = RtkPosixSetNamespace,
    .sweep = RtkPosixSweep,
    .list_held = list_held,
    .last_native_code = RtkPosixLastErrno,
    .last_detail = RtkPosixLastDetail,
    .access_view = access_view,
};
