/* rtk-rtx64-agent is the agent SDK's main linked with librtkapi_rtx64.a; these are its hooks. It declares no
 * readings: what RTX64 does where the page is silent is for the kit to find out, and the vendor declares readings
 * with --readings once it knows them (BUILD.md). UNMAP is declared only when the SDK's header declares
 * RtkUnMapSharedMemory (built with RTK_SDK_HAS_UNMAP); the public header does not (D-14). */
#include "rtk_agent.h"
#include "rtkapi_rtx64.h"

static int last_native_code(void) {
    return (int) RtkRtx64LastError();
}

static int access_view(int write, uintptr_t address, unsigned char *data, size_t len, char *detail,
                       size_t detail_size) {
    int outcome = RtkRtx64AccessView(write, address, data, len, detail, detail_size);
    return outcome == 0 ? RTK_VIEW_OK : outcome == 1 ? RTK_VIEW_ACCESS_VIOLATION : RTK_VIEW_NOT_MAPPED;
}

const struct rtk_agent_hooks rtk_agent_hooks = {
    .manifest = {
        .id = "rtx64",
        .vendor = "IntervalZero (through rtk-conformance's rtk-bridge)",
        .product = "RTX64 RTKAPI shared memory, called by a kernel driver",
        .version = "0.1.0",
        .api = "RTX64_2013_SP1",
#ifdef RTK_SDK_HAS_UNMAP
        .capabilities = "MULTIPLE_CALLERS,VIEW_ACCESS,CALLER_TERMINATION,UNMAP",
#else
        .capabilities = "MULTIPLE_CALLERS,VIEW_ACCESS,CALLER_TERMINATION",
#endif
        .readings = "-",
    },
    .last_native_code = last_native_code,
    .last_detail = RtkRtx64LastDetail,
    .release_all = RtkRtx64Release,
    .access_view = access_view,
};
