/* The default when the vendor defines no rtk_agent_hooks: a member of its own in librtkagent.a, so the linker
 * takes it only when no object before the archive defined the symbol. */
#include "rtk_agent.h"

const struct rtk_agent_hooks rtk_agent_hooks = {.manifest = {.id = NULL}};
