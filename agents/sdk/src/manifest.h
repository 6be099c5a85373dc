/* The manifest HELLO declares, composed from (weakest first) the SDK's defaults, the vendor's hooks struct, a
 * --manifest file and the command-line flags; checked once at start so a wrong declaration stops the agent
 * with a precise message instead of misleading the kit. */
#ifndef RTK_SDK_MANIFEST_H
#define RTK_SDK_MANIFEST_H

#include "rtk_agent.h"

struct agent_manifest {
    char id[48];
    char vendor[256];
    char product[256];
    char version[128];
    char api[48];
    char capabilities[512];
    char readings[512];
};

/* Recognises a manifest flag at argv[*index] (--manifest F, --id X, ...); returns 1 and advances *index past its
 * value when it is one, 0 when it is not, -1 after printing why it is malformed. */
int rtk_sdk_manifest_take_flag(int argc, char **argv, int *index, struct rtk_agent_manifest *flags, const char **file);

/* Composes and checks the manifest; 0, or -1 after printing the reason on stderr. */
int rtk_sdk_manifest_compose(const struct rtk_agent_hooks *hooks, const char *file, const struct rtk_agent_manifest *flags,
                     struct agent_manifest *out);

/* Whether the composed manifest declares this capability. */
int rtk_sdk_manifest_declares(const struct agent_manifest *manifest, const char *capability);

#endif
