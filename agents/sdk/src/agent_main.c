/* The SDK's agent: the command line (docs/agent-protocol.md §2), the request loop on stdio, and the one-shot
 * sweeps. Everything RTX is the vendor's RtkApi.h; everything else a vendor should not have to write is here. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "manifest.h"
#include "namespace.h"
#include "protocol.h"
#include "requests.h"
#include "rtk_agent.h"
#include "guarded_access.h"
#include "tcp_launcher.h"

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#define STDIN_FILENO 0
#define read(fd, buffer, count) _read((fd), (buffer), (unsigned) (count))
typedef int read_result;
#else
#include <signal.h>
#include <unistd.h>
typedef ssize_t read_result;
#endif

static const struct rtk_agent_hooks *hooks;
static char caller_prefix[64];

/* Reads newline-terminated lines; an over-long line is discarded up to its newline and answered with ERR. */
static void serve(void) {
    static char buffer[RTK_MAX_LINE + 1];
    size_t filled = 0;
    int discarding = 0;
    for (;;) {
        char *newline = memchr(buffer, '\n', filled);
        if (newline == NULL) {
            if (filled == RTK_MAX_LINE) {
                if (!discarding) {
                    rtk_sdk_reply_error(NULL, "line longer than 1048576 bytes");
                }
                discarding = 1;
                filled = 0;
            }
            read_result got = read(STDIN_FILENO, buffer + filled, RTK_MAX_LINE - filled);
            if (got < 0 && errno == EINTR) {
                continue;
            }
            if (got <= 0) {
                if (filled > 0 && !discarding) {
                    rtk_sdk_reply_error(NULL, "the last line has no newline; ignored");
                }
                return;
            }
            filled += (size_t) got;
            continue;
        }
        size_t line_length = (size_t) (newline - buffer);
        *newline = '\0';
        if (discarding) {
            discarding = 0;
        } else if (memchr(buffer, '\0', line_length) != NULL) {
            rtk_sdk_reply_error(NULL, "NUL byte in a request line");
        } else {
            rtk_sdk_dispatch(buffer);
        }
        size_t rest = filled - line_length - 1;
        memmove(buffer, newline + 1, rest);
        filled = rest;
    }
}

/* One caller on stdin/stdout (a pipe, or the socket a launcher handed over); never returns. A NULL prefix is a
 * fork server's spare caller, which gets its namespace from a PREFIX request. */
static void serve_caller(const char *prefix) {
    if (prefix == NULL) {
        rtk_sdk_requests_await_namespace();
    } else {
        snprintf(caller_prefix, sizeof caller_prefix, "%s", prefix);
        if (hooks->set_namespace != NULL && hooks->set_namespace(caller_prefix) != 0) {
            fprintf(stderr, "rtk agent: the vendor's set_namespace hook refused the prefix '%s'\n", caller_prefix);
            exit(64);
        }
        rtk_sdk_requests_set_namespace(caller_prefix);
    }
    if (rtk_sdk_install_fault_handlers() != 0) {
        perror("rtk agent: installing the fault handlers");
        exit(71);
    }
    serve();
    rtk_sdk_release_everything();
    exit(0);
}

static int usage(void) {
    fputs("usage: AGENT [manifest flags] --prefix <[a-z0-9.]{1,40}>   serve rtk-agent/1 on stdin/stdout\n"
          "       AGENT [manifest flags] --listen <HOST:PORT> --token-file <file> [--allow-address] --prefix <p>\n"
          "                                                       serve one new caller process per TCP connection\n"
          "       AGENT [manifest flags] --fork-server --listen <127.0.0.1:0> --token-file <file>\n"
          "                                                       the same for the kit's client, one per run\n"
          "       AGENT [manifest flags] --sweep <[a-z0-9.]{1,40}>    remove unheld objects under that prefix\n"
          "       AGENT [manifest flags] --sweep-all                  remove every unheld object of any run\n"
          "manifest flags (each overrides the --manifest file, which overrides the vendor's defaults):\n"
          "       --manifest <file of key = value lines>  --id <[a-z0-9-]{1,40}>  --vendor <text>  --product <text>\n"
          "       --version <text>  --api <ApiVersion>  --caps <CAP,...|->  --readings <D-n.X,...|->\n", stderr);
    return 64;
}

static int sweep_once(const char *prefix) {
    int removed = hooks->sweep != NULL ? hooks->sweep(prefix) : 0;
    printf("removed=%d\n", removed < 0 ? 0 : removed);
    return removed < 0 ? 1 : 0;
}

int rtk_agent_main(int argc, char **argv, const struct rtk_agent_hooks *vendor_hooks) {
    hooks = vendor_hooks;
#ifdef _WIN32
    /* Lines are bytes: no CRLF translation, no ^Z as end of file. */
    _setmode(0, _O_BINARY);
    _setmode(1, _O_BINARY);
#else
    signal(SIGPIPE, SIG_IGN);
#endif
    struct rtk_agent_manifest flags = {0};
    const char *manifest_file = NULL;
    const char *prefix = NULL, *sweep = NULL, *listen = NULL, *token_file = NULL;
    int sweep_all = 0, allow_address = 0, fork_server = 0;
    for (int i = 1; i < argc; i++) {
        int taken = rtk_sdk_manifest_take_flag(argc, argv, &i, &flags, &manifest_file);
        if (taken < 0) {
            return usage();
        }
        if (taken > 0) {
            continue;
        }
        const char **value = strcmp(argv[i], "--prefix") == 0 ? &prefix
                           : strcmp(argv[i], "--sweep") == 0 ? &sweep
                           : strcmp(argv[i], "--listen") == 0 ? &listen
                           : strcmp(argv[i], "--token-file") == 0 ? &token_file : NULL;
        if (value != NULL && i + 1 < argc && *value == NULL) {
            *value = argv[++i];
        } else if (strcmp(argv[i], "--sweep-all") == 0 && !sweep_all) {
            sweep_all = 1;
        } else if (strcmp(argv[i], "--allow-address") == 0 && !allow_address) {
            allow_address = 1;
        } else if (strcmp(argv[i], "--fork-server") == 0 && !fork_server) {
            fork_server = 1;
        } else {
            fprintf(stderr, "rtk agent: unexpected or repeated argument '%s'\n", argv[i]);
            return usage();
        }
    }
    static struct agent_manifest manifest;
    if (rtk_sdk_manifest_compose(hooks, manifest_file, &flags, &manifest) != 0) {
        return 64;
    }
    rtk_sdk_requests_configure(hooks, &manifest);
    int modes = (prefix != NULL && listen == NULL) + (sweep != NULL) + sweep_all + (listen != NULL);
    if (modes != 1 || (listen == NULL && (token_file != NULL || allow_address || fork_server))) {
        return usage();
    }
    if (sweep_all) {
        return sweep_once(NULL);
    }
    if (sweep != NULL) {
        if (!rtk_sdk_valid_prefix(sweep)) {
            fprintf(stderr, "rtk agent: --sweep %s: a prefix is [a-z0-9.]{1,40}\n", sweep);
            return 64;
        }
        return sweep_once(sweep);
    }
    if (listen != NULL) {
        if (fork_server && (token_file == NULL || prefix != NULL || allow_address)) {
            fputs("rtk agent: --fork-server takes --listen <loopback HOST:PORT> --token-file <file> and no prefix\n",
                  stderr);
            return usage();
        }
        if (token_file == NULL || (prefix == NULL && !fork_server)) {
            fputs("rtk agent: --listen needs --token-file <file> and --prefix <p> too\n", stderr);
            return usage();
        }
        if (!fork_server && (!rtk_sdk_valid_prefix(prefix) || strlen(prefix) > 20)) {
            fprintf(stderr, "rtk agent: --prefix %s: a launcher's prefix is [a-z0-9.]{1,20} (each caller adds its"
                    " own)\n", prefix);
            return 64;
        }
        struct launcher_options options = {listen, token_file, allow_address, prefix, hooks->sweep, fork_server};
        return rtk_sdk_run_tcp_launcher(&options, serve_caller);
    }
    if (!rtk_sdk_valid_prefix(prefix)) {
        fprintf(stderr, "rtk agent: --prefix %s: a prefix is [a-z0-9.]{1,40}\n", prefix);
        return 64;
    }
    serve_caller(prefix);
    return 0;
}
