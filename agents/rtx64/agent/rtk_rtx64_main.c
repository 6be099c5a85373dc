/* rtk-rtx64-agent's main: connects to the rtk-bridge driver before serving, so an agent without its driver never
 * starts (the kit then reports the backend unavailable with this reason), then runs the SDK's rtk_agent_main. */
#include <stdio.h>
#include <string.h>

#include "rtk_agent.h"
#include "rtkapi_rtx64.h"

int main(int argc, char **argv) {
    int serving = argc == 3 && strcmp(argv[1], "--prefix") == 0;
    if (serving && RtkRtx64Connect() != 0) {
        fprintf(stderr, "rtk-rtx64-agent: %s\n", RtkRtx64LastDetail());
        return 69;
    }
    return rtk_agent_main(argc, argv, &rtk_agent_hooks);
}
