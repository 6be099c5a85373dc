/* rtk-win32-agent's main: the SDK's rtk_agent_main, plus what running under Wine needs for termination. The client
 * names each caller in RTK_WINE_LIFE; the agent owns a mutex of that name for its whole life, and the wine server
 * abandons it when the process dies, in the same step that closes the process's handles. `--await-release <token>`
 * (a separate one-shot run) waits for that, so the client knows when a killed caller's handles are really gone. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rtk_agent.h"

#define LIFE_VARIABLE "RTK_WINE_LIFE"
#define RELEASE_TIMEOUT_MS 5000

static int valid_token(const char *token) {
    size_t length = strlen(token);
    return length > 0 && length <= 40 && strspn(token, "abcdefghijklmnopqrstuvwxyz0123456789.") == length;
}

static void life_mutex_name(const char *token, WCHAR *name, size_t size) {
    swprintf(name, size, L"rtk.life.%hs", token);
}

static void hold_life_mutex(void) {
    const char *token = getenv(LIFE_VARIABLE);
    if (token == NULL) {
        return;
    }
    if (!valid_token(token)) {
        fprintf(stderr, "rtk-win32-agent: %s=%s is not [a-z0-9.]{1,40}\n", LIFE_VARIABLE, token);
        exit(64);
    }
    WCHAR name[64];
    life_mutex_name(token, name, 64);
    if (CreateMutexW(NULL, TRUE, name) == NULL) {
        fprintf(stderr, "rtk-win32-agent: CreateMutexW(%s) failed with Win32 error %lu\n", token, GetLastError());
        exit(71);
    }
}

/* Exit 0 once the caller holding the token's mutex is gone (mutex abandoned, or no longer existing), 1 on timeout. */
static int await_release(const char *token) {
    if (!valid_token(token)) {
        fprintf(stderr, "rtk-win32-agent: --await-release %s: not [a-z0-9.]{1,40}\n", token);
        return 64;
    }
    WCHAR name[64];
    life_mutex_name(token, name, 64);
    HANDLE life = OpenMutexW(SYNCHRONIZE, FALSE, name);
    if (life == NULL) {
        puts("released");
        return 0;
    }
    DWORD waited = WaitForSingleObject(life, RELEASE_TIMEOUT_MS);
    CloseHandle(life);
    if (waited == WAIT_ABANDONED || waited == WAIT_OBJECT_0) {
        puts("released");
        return 0;
    }
    puts("still held");
    return 1;
}

int main(int argc, char **argv) {
    /* Errors are reported on the protocol, never shown in a dialog box. */
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    if (argc == 3 && strcmp(argv[1], "--await-release") == 0) {
        return await_release(argv[2]);
    }
    hold_life_mutex();
    return rtk_agent_main(argc, argv, &rtk_agent_hooks);
}
