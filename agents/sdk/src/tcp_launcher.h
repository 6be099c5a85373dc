/* The TCP transport of an SDK agent (docs/agent-protocol.md §9): a launcher that authenticates each connection by a
 * token and gives it one caller process, serving rtk-agent/1 on the socket: forked on POSIX (tcp_launcher.c), a new
 * process of the same .exe relayed over pipes on Windows (tcp_launcher_win32.c). */
#ifndef RTK_TCP_LAUNCHER_H
#define RTK_TCP_LAUNCHER_H

/* Serves one caller on stdin/stdout under the namespace prefix (NULL: a spare caller, named by PREFIX later); does
 * not return. */
typedef void (*serve_caller_fn)(const char *prefix);

struct launcher_options {
    const char *listen;      /* HOST:PORT, [IPv6]:PORT; port 0 picks a free one */
    const char *token_file;  /* one line: the token, readable by its owner only */
    int allow_address;       /* bind to a non-loopback address too */
    const char *prefix;      /* every caller's namespace lives under <prefix>.; NULL for a fork server */
    int (*sweep)(const char *prefix); /* the vendor's sweep hook, run when the launcher stops; may be NULL */
    int fork_server;         /* started by the kit's client: SERVE prefixes are used as given, it stops when its
                                stdin ends, and it does not sweep (the client does) */
};

/* Runs until SIGTERM or SIGINT; returns the process exit code (64 bad option, 66 token file, 71 OS error). */
int rtk_sdk_run_tcp_launcher(const struct launcher_options *options, serve_caller_fn serve_caller);

#endif
