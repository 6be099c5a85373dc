/* The SDK's main, a member of its own in librtkagent.a: linked only when the vendor has no main of its own. */
#include "rtk_agent.h"

int main(int argc, char **argv) {
    return rtk_agent_main(argc, argv, &rtk_agent_hooks);
}
