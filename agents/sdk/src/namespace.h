/* The kit's namespace prefixes (docs/agent-protocol.md §2): the only shape the SDK passes to a vendor's hooks. */
#ifndef RTK_SDK_NAMESPACE_H
#define RTK_SDK_NAMESPACE_H

/* Whether prefix matches [a-z0-9.]{1,40}. */
int rtk_sdk_valid_prefix(const char *prefix);

#endif
