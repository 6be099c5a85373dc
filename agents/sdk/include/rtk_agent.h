/* rtk_agent.h: what a vendor MAY give the rtk-conformance agent SDK beyond RtkApi.h. Nothing here is required:
 * a library that implements RtkApi.h and knows nothing of the kit links with the SDK's main and works; the
 * capabilities that need a hook are then simply not declared in HELLO.
 *
 * How a vendor plugs in (agents/sdk/README.md, docs/writing-an-agent.md):
 *   cc -o my-agent [my_hooks.o] librtkagent.a libmyvendor.a        (POSIX; mingw-w64 the same, -o my-agent.exe)
 * my_hooks.o, when present, defines `const struct rtk_agent_hooks rtk_agent_hooks = {...};` and must come before
 * the SDK's archive: without it the archive's own empty definition (no hooks) is linked instead. */
#ifndef RTK_AGENT_H
#define RTK_AGENT_H

#include <stddef.h>
#include <stdint.h>

#include "RtkApi.h"

#ifdef __cplusplus
extern "C" {
#endif

#define RTK_AGENT_SDK_VERSION "1.0.0"

/* What HELLO declares (docs/agent-protocol.md §5). Each field may be NULL; the --manifest file and the command
 * line flags (--id, --vendor, --product, --version, --api, --caps, --readings) override it field by field. */
struct rtk_agent_manifest {
    const char *id;           /* the backend id, [a-z0-9-]{1,40}; default "agent" */
    const char *vendor;       /* free text; default "unknown" */
    const char *product;      /* free text; default "unknown" */
    const char *version;      /* free text; default "0" */
    const char *api;          /* an ApiVersion name; default "RTX64_2013_SP1" */
    const char *capabilities; /* comma-separated Capability names; default: what the SDK and the hooks give */
    const char *readings;     /* comma-separated readings D-n.X; default "-" (none declared) */
};

/* One object this process holds a handle or a view on, as the vendor's own bookkeeping sees it (LIST). */
struct rtk_held_object {
    const char *key;              /* the object's identity, equal in every process that holds the same object;
                                     printable ASCII without spaces or commas, at most 200 bytes */
    uint64_t size;                /* its size in bytes */
    int handles;                  /* handles this process holds on it */
    int views;                    /* views this process has of it */
    const uint16_t *name_units;   /* its RTX name as UTF-16 code units, or NULL for an unnamed object */
    size_t name_unit_count;
    const char *kind;             /* NULL for shared memory, else "EVENT", "MUTEX" or "SEMAPHORE" (same namespace) */
};

/* Receives one held object; the SDK copies what it needs before returning. */
typedef void (*rtk_held_object_sink)(void *context, const struct rtk_held_object *object);

enum rtk_fault { RTK_FAULT_CLEAR, RTK_FAULT_MEMORY_EXHAUSTED, RTK_FAULT_RTSS_STOPPED, RTK_FAULT_INTERNAL_FAILURE };

enum rtk_object_kind { RTK_OBJECT_EVENT, RTK_OBJECT_MUTEX, RTK_OBJECT_SEMAPHORE };

/* Every member may be left NULL/zero. Capability each hook enables is named beside it. */
struct rtk_agent_hooks {
    struct rtk_agent_manifest manifest;

    /* Namespace: called once, before any RTKAPI call (in a fork server's spare caller: when its PREFIX request
     * comes, docs/agent-protocol.md §10), with the kit's per-session prefix ([a-z0-9.]{1,40}); every
     * named object of this process must live under it so sessions never see each other's objects. 0, or -1 if
     * the prefix cannot be used (the agent then exits 64). Without it names reach the library unchanged. */
    int (*set_namespace)(const char *prefix);

    /* Sweep: removes the objects under the namespace `prefix` (NULL: under every namespace this vendor's agents
     * ever used) that no live process holds; returns how many, or -errno. The kit sweeps only when a session
     * ends (SWEEP), at a run's end (--sweep) and before its first session (--sweep-all). */
    int (*sweep)(const char *prefix);

    /* Introspection (INTROSPECTION): calls sink once per object this process holds; 0, or -errno. */
    int (*list_held)(rtk_held_object_sink sink, void *context);

    /* The native code (errno, GetLastError) and a sentence behind the status of the last RTKAPI call, reported as
     * errno= and detail= beside it. Without them the reply says errno=0 and no detail. */
    int (*last_native_code)(void);
    const char *(*last_detail)(void);

    /* Release: what BYE and the end of input do instead of the SDK's default (unmap every view, close every
     * handle and detach every instance this process obtained, in that order). */
    void (*release_all)(void);

    /* Fault injection (FAULT_INJECTION): makes later calls fail as the fault would, until RTK_FAULT_CLEAR.
     * 0, or -1 when this fault cannot be made real (the request is then answered ERR). */
    int (*inject_fault)(enum rtk_fault fault);

    /* Named objects of other kinds (NAMED_OBJECTS_OF_OTHER_KINDS): creates an event, mutex or semaphore. */
    NTSTATUS (*create_named_object)(RTSSINST instance, enum rtk_object_kind kind, PUNICODE_STRING name,
                                    PHANDLE handle);

    /* IRQL control (IRQL_CONTROL): later calls run as if at this IRQL (0 PASSIVE_LEVEL .. 31); 0, or -1. */
    int (*set_irql)(unsigned level);

    /* View access by the vendor (VIEW_ACCESS), for views that are not this process's memory (a kernel driver's
     * views, reached through the driver): reads (write 0) or writes (write 1) len bytes at address, and returns
     * RTK_VIEW_OK, RTK_VIEW_ACCESS_VIOLATION or RTK_VIEW_NOT_MAPPED with a sentence in detail, or RTK_VIEW_BY_SDK
     * when it has nothing to add: the SDK then touches the address itself, under its fault guard, and only inside
     * the caller's views, as it does without the hook (so the OS, not the vendor's tables, shows a fault). */
    int (*access_view)(int write, uintptr_t address, unsigned char *data, size_t len, char *detail,
                       size_t detail_size);
};

enum rtk_view_access { RTK_VIEW_OK, RTK_VIEW_ACCESS_VIOLATION, RTK_VIEW_NOT_MAPPED, RTK_VIEW_BY_SDK };

/* The vendor's hooks, if it defines them (see above); the SDK's archive holds an all-NULL default. */
extern const struct rtk_agent_hooks rtk_agent_hooks;

/* The SDK's main: parses the agent command line (--prefix, --sweep, --sweep-all, --listen, the manifest flags)
 * and serves rtk-agent/1. The archive's main() is `return rtk_agent_main(argc, argv, &rtk_agent_hooks);`; a
 * vendor that needs its own main (to initialise a driver connection first, say) calls this instead. */
int rtk_agent_main(int argc, char **argv, const struct rtk_agent_hooks *hooks);

#ifdef __cplusplus
}
#endif

#endif
