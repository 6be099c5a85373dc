/* One handler per rtk-agent/1 verb (docs/agent-protocol.md §4): each request line becomes one call of the
 * vendor's RtkApi.h (or one hook), and its outcome one reply line. */
#ifndef RTK_SDK_REQUESTS_H
#define RTK_SDK_REQUESTS_H

#include "manifest.h"
#include "rtk_agent.h"

void rtk_sdk_requests_configure(const struct rtk_agent_hooks *hooks, const struct agent_manifest *manifest);

/* The kit's namespace of this caller, for SWEEP (NULL when it gave none). */
void rtk_sdk_requests_set_namespace(const char *prefix);

/* A spare caller: its namespace comes later, from a PREFIX request, which must precede every call. */
void rtk_sdk_requests_await_namespace(void);

/* Answers one request line (NUL-terminated, no newline). BYE answers, releases and exits 0. */
void rtk_sdk_dispatch(char *line);

/* What BYE and the end of input release: the vendor's release hook, else the SDK's bookkeeping. */
void rtk_sdk_release_everything(void);

#endif
