/* The TCP launcher: one listening socket, one forked caller per authenticated connection. Single-threaded;
 * a connection has HANDSHAKE_SECONDS to send its two control lines, so a silent client cannot stall it long. */
#define _GNU_SOURCE
#include "tcp_launcher.h"

#ifndef _WIN32

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <fcntl.h>
#include <unistd.h>

#include "namespace.h"

#define MAX_TOKEN_BYTES 256
#define MAX_CONTROL_LINE 320
#define MAX_CHILDREN 1024
#define HANDSHAKE_SECONDS 5

static volatile sig_atomic_t stop_requested;
static pid_t children[MAX_CHILDREN];
static int child_count;

static void on_stop(int signal_number) {
    (void) signal_number;
    stop_requested = 1;
}

static void on_child(int signal_number) {
    (void) signal_number; /* only interrupts poll(): the loop reaps */
}

/* No SA_RESTART: a signal ends the poll() at once, so SIGTERM and SIGCHLD are acted on without delay. */
static int handle(int signal_number, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    return sigaction(signal_number, &action, NULL);
}

static void forget_child(pid_t pid) {
    for (int i = 0; i < child_count; i++) {
        if (children[i] == pid) {
            children[i] = children[--child_count];
            return;
        }
    }
}

static void reap_children(void) {
    pid_t pid;
    while ((pid = waitpid(-1, NULL, WNOHANG)) > 0) {
        forget_child(pid);
    }
}

static void wait_for(pid_t pid) {
    while (waitpid(pid, NULL, 0) < 0 && errno == EINTR) {
    }
}

/* ---- the token ---- */

static int read_token(const char *path, char *token, size_t capacity) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        fprintf(stderr, "rtk agent: --token-file %s: %s\n", path, strerror(errno));
        return -1;
    }
    struct stat info;
    if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        fprintf(stderr, "rtk agent: --token-file %s: not a regular file\n", path);
        close(fd);
        return -1;
    }
    if ((info.st_mode & 077) != 0) {
        fprintf(stderr, "rtk agent: --token-file %s: readable or writable by group or others (mode %03o);"
                " chmod 600 it\n", path, (unsigned) (info.st_mode & 0777));
        close(fd);
        return -1;
    }
    char text[MAX_TOKEN_BYTES + 2];
    ssize_t got = read(fd, text, sizeof text);
    close(fd);
    if (got < 0) {
        fprintf(stderr, "rtk agent: --token-file %s: %s\n", path, strerror(errno));
        return -1;
    }
    size_t length = (size_t) got;
    if (length > 0 && text[length - 1] == '\n') {
        length--;
    }
    if (length == 0 || length > MAX_TOKEN_BYTES || length >= capacity) {
        fprintf(stderr, "rtk agent: --token-file %s: the token must be 1 to %d bytes on one line\n", path,
                MAX_TOKEN_BYTES);
        return -1;
    }
    for (size_t i = 0; i < length; i++) {
        if ((unsigned char) text[i] < 0x21 || (unsigned char) text[i] > 0x7E) {
            fprintf(stderr, "rtk agent: --token-file %s: the token is printable ASCII without spaces"
                    " (byte %zu is not)\n", path, i + 1);
            return -1;
        }
    }
    memcpy(token, text, length);
    token[length] = '\0';
    return 0;
}

/* Compares every byte of the longer string whatever differs, so the time says nothing about the token. */
static int token_matches(const char *expected, const char *given) {
    size_t expected_length = strlen(expected), given_length = strlen(given);
    size_t longest = expected_length > given_length ? expected_length : given_length;
    unsigned char difference = (unsigned char) (expected_length != given_length);
    for (size_t i = 0; i < longest; i++) {
        unsigned char a = i < expected_length ? (unsigned char) expected[i] : 0;
        unsigned char b = i < given_length ? (unsigned char) given[i] : 0;
        difference |= (unsigned char) (a ^ b);
    }
    return difference == 0;
}

/* ---- the listening socket ---- */

static int is_loopback(const struct sockaddr *address) {
    if (address->sa_family == AF_INET) {
        uint32_t ip = ntohl(((const struct sockaddr_in *) address)->sin_addr.s_addr);
        return (ip >> 24) == 127;
    }
    if (address->sa_family == AF_INET6) {
        const struct in6_addr *ip = &((const struct sockaddr_in6 *) address)->sin6_addr;
        return IN6_IS_ADDR_LOOPBACK(ip) || (IN6_IS_ADDR_V4MAPPED(ip) && ip->s6_addr[12] == 127);
    }
    return 0;
}

static int open_listener(const struct launcher_options *options) {
    char host[256];
    const char *colon = strrchr(options->listen, ':');
    size_t host_length = colon == NULL ? 0 : (size_t) (colon - options->listen);
    if (colon == NULL || host_length == 0 || host_length >= sizeof host || colon[1] == '\0'
            || strspn(colon + 1, "0123456789") != strlen(colon + 1) || strlen(colon + 1) > 5
            || atoi(colon + 1) > 65535) {
        fprintf(stderr, "rtk agent: --listen %s: expected HOST:PORT (e.g. 127.0.0.1:0, [::1]:7000;"
                " port 0 picks a free one)\n", options->listen);
        return -64;
    }
    memcpy(host, options->listen, host_length);
    host[host_length] = '\0';
    if (host[0] == '[' && host[host_length - 1] == ']') {
        memmove(host, host + 1, host_length - 2);
        host[host_length - 2] = '\0';
    }
    struct addrinfo hints, *found;
    memset(&hints, 0, sizeof hints);
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    int failure = getaddrinfo(host, colon + 1, &hints, &found);
    if (failure != 0) {
        fprintf(stderr, "rtk agent: --listen %s: cannot resolve '%s': %s\n", options->listen, host,
                gai_strerror(failure));
        return -64;
    }
    if (!is_loopback(found->ai_addr) && !options->allow_address) {
        fprintf(stderr, "rtk agent: --listen %s: '%s' is not a loopback address; the agent grants whoever"
                " holds the token the RTKAPI of this machine, so add --allow-address to listen there on purpose\n",
                options->listen, host);
        freeaddrinfo(found);
        return -64;
    }
    int listener = socket(found->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int yes = 1;
    if (listener < 0 || setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes) != 0
            || bind(listener, found->ai_addr, found->ai_addrlen) != 0 || listen(listener, 64) != 0) {
        fprintf(stderr, "rtk agent: --listen %s: %s\n", options->listen, strerror(errno));
        freeaddrinfo(found);
        if (listener >= 0) {
            close(listener);
        }
        return -71;
    }
    freeaddrinfo(found);
    return listener;
}

static int bound_port(int listener) {
    struct sockaddr_storage address;
    socklen_t length = sizeof address;
    if (getsockname(listener, (struct sockaddr *) &address, &length) != 0) {
        return -1;
    }
    return ntohs(address.ss_family == AF_INET ? ((struct sockaddr_in *) &address)->sin_port
                                              : ((struct sockaddr_in6 *) &address)->sin6_port);
}

/* ---- one connection ---- */

static void send_line(int connection, const char *line) {
    size_t length = strlen(line), written = 0;
    while (written < length) {
        ssize_t n = write(connection, line + written, length - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return; /* the client left; nothing to tell it */
        }
        written += (size_t) n;
    }
}

static void set_receive_timeout(int connection, int seconds) {
    struct timeval timeout = {seconds, 0};
    setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
}

static long long now_millis(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long) now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

/* ---- connections not yet authenticated, served all at once ----
 * Each is a slot with a deadline: HANDSHAKE_SECONDS to send both control lines, then LINGER_MILLIS to read an
 * ERR before the socket closes. At most MAX_PENDING at a time; beyond that new connections wait in the
 * kernel's backlog. A silent or slow client holds one slot, never the launcher. */

#define MAX_PENDING 64
#define LINGER_MILLIS 1000

struct pending {
    int fd;
    long long deadline;
    int refused;                       /* an ERR went out: only draining until EOF or the deadline */
    int lines;                         /* complete control lines so far (0, 1) */
    size_t length;                     /* bytes of the line being read */
    char line[MAX_CONTROL_LINE];
};

static struct pending pending[MAX_PENDING];
static int pending_count;

static void drop_pending(int index) {
    close(pending[index].fd);
    pending[index] = pending[--pending_count];
}

/* After an ERR: stop writing, then keep discarding what the client sends until it closes or LINGER_MILLIS
 * pass, so closing does not reset the connection and destroy the ERR line before the client read it. */
static void refuse(struct pending *connection, const char *line) {
    send_line(connection->fd, line);
    shutdown(connection->fd, SHUT_WR);
    connection->refused = 1;
    connection->deadline = now_millis() + LINGER_MILLIS;
}

/* Reads what is there byte by byte, so not a byte after the second line (the caller's requests) is consumed.
 * Returns 1 when a line is complete (in line), 0 when more is needed, -1 when the input is not a control
 * line: only printable ASCII and spaces pass (a NUL would otherwise cut the line short for the compares). */
static int read_control_bytes(struct pending *connection) {
    for (;;) {
        char c;
        ssize_t n = read(connection->fd, &c, 1);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return 0;
        }
        if (n <= 0) {
            return -1;
        }
        if (c == '\n') {
            connection->line[connection->length] = '\0';
            connection->length = 0;
            return 1;
        }
        if (connection->length + 1 >= sizeof connection->line || (unsigned char) c < 0x20 || (unsigned char) c > 0x7E) {
            return -1;
        }
        connection->line[connection->length++] = c;
    }
}

static void serve_connection(int connection, int listener, const char *prefix, serve_caller_fn serve_caller) {
    pid_t launcher = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        char line[160];
        snprintf(line, sizeof line, "ERR - fork failed: %s\n", strerror(errno));
        send_line(connection, line);
        return;
    }
    if (pid > 0) {
        children[child_count++] = pid;
        return;
    }
    /* The child: dies with the launcher, so no caller outlives it holding handles. */
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != launcher) {
        _exit(0);
    }
    signal(SIGTERM, SIG_DFL);
    signal(SIGINT, SIG_DFL);
    signal(SIGCHLD, SIG_DFL);
    close(listener);
    for (int i = 0; i < pending_count; i++) {
        if (pending[i].fd != connection) {
            close(pending[i].fd); /* other clients' connections are the launcher's, not this caller's */
        }
    }
    int flags = fcntl(connection, F_GETFL);
    if (flags < 0 || fcntl(connection, F_SETFL, flags & ~O_NONBLOCK) != 0) {
        _exit(71);
    }
    set_receive_timeout(connection, 0); /* a caller may idle between requests as long as it likes */
    if (dup2(connection, STDIN_FILENO) < 0 || dup2(connection, STDOUT_FILENO) < 0) {
        _exit(71);
    }
    close(connection);
    char line[64];
    snprintf(line, sizeof line, "PID %ld\n", (long) getpid());
    send_line(STDOUT_FILENO, line);
    serve_caller(prefix);
    _exit(0);
}

/* Returns the ERR line to refuse with, or NULL when the caller was killed, reaped and "OK killed" was sent. */
static const char *kill_child(int connection, const char *text) {
    char *end;
    errno = 0;
    long value = strtol(text, &end, 10);
    int known = 0;
    if (errno == 0 && *end == '\0' && value > 0 && end != text) {
        reap_children();
        for (int i = 0; i < child_count; i++) {
            known |= children[i] == (pid_t) value;
        }
    }
    if (!known) {
        return "ERR - not a live caller of this launcher\n";
    }
    kill((pid_t) value, SIGKILL);
    wait_for((pid_t) value); /* reaped: the kernel has closed its descriptors and dropped its locks */
    forget_child((pid_t) value);
    char line[64];
    snprintf(line, sizeof line, "OK killed %ld\n", value);
    send_line(connection, line);
    return NULL;
}

/* The second control line of an authenticated connection; returns the ERR to refuse with, or NULL when done. */
static const char *finish_handshake(int connection, int listener, const char *line, const char *prefix,
                                    serve_caller_fn serve_caller) {
    if (strncmp(line, "KILL ", 5) == 0) {
        return kill_child(connection, line + 5);
    }
    if (prefix == NULL && strcmp(line, "SPARE") == 0) {
        /* A fork server's spare caller: forked ahead of its session, which names it with PREFIX later. */
        if (child_count == MAX_CHILDREN) {
            return "ERR - this launcher already serves 1024 callers\n";
        }
        serve_connection(connection, listener, NULL, serve_caller);
        return NULL;
    }
    char full[96];
    /* A fork server's client is the process that started it: its prefixes are used as they are. */
    const char *format = prefix != NULL ? "%s.%s" : "%s%s";
    if (strncmp(line, "SERVE ", 6) != 0 || strlen(line + 6) > 40
            || snprintf(full, sizeof full, format, prefix != NULL ? prefix : "", line + 6) < 0
            || !rtk_sdk_valid_prefix(line + 6) || !rtk_sdk_valid_prefix(full)) {
        return "ERR - expected SERVE <[a-z0-9.]> (at most 40 characters with the launcher's prefix) or KILL <pid>\n";
    }
    if (child_count == MAX_CHILDREN) {
        return "ERR - this launcher already serves 1024 callers\n";
    }
    serve_connection(connection, listener, full, serve_caller);
    return NULL;
}

/* Moves one connection on as far as its input allows; returns 1 when its slot is done (to be dropped). */
static int advance(struct pending *connection, int listener, const char *token, const char *prefix,
                   serve_caller_fn serve_caller) {
    if (connection->refused) {
        char discard[4096];
        ssize_t n = read(connection->fd, discard, sizeof discard);
        return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
    }
    for (;;) {
        int got = read_control_bytes(connection);
        if (got == 0) {
            return 0;
        }
        if (connection->lines == 0) {
            if (got < 0 || strncmp(connection->line, "TOKEN ", 6) != 0 || !token_matches(token, connection->line + 6)) {
                refuse(connection, "ERR - bad token\n");
                return 0;
            }
            connection->lines = 1;
            continue;
        }
        const char *refusal = got < 0 ? "ERR - expected SERVE <prefix> or KILL <pid> after the token\n"
                                      : finish_handshake(connection->fd, listener, connection->line, prefix, serve_caller);
        if (refusal != NULL) {
            refuse(connection, refusal);
            return 0;
        }
        return 1;
    }
}

static void accept_connection(int listener) {
    int connection = accept4(listener, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (connection < 0) {
        return;
    }
    int one = 1; /* one short line per reply: send it now, never wait to coalesce */
    setsockopt(connection, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    struct pending *slot = &pending[pending_count++];
    memset(slot, 0, sizeof *slot);
    slot->fd = connection;
    slot->deadline = now_millis() + HANDSHAKE_SECONDS * 1000;
}

/* ---- the launcher ---- */

int rtk_sdk_run_tcp_launcher(const struct launcher_options *options, serve_caller_fn serve_caller) {
    static char token[MAX_TOKEN_BYTES + 1];
    if (read_token(options->token_file, token, sizeof token) != 0) {
        return 66;
    }
    int listener = open_listener(options);
    if (listener < 0) {
        return -listener;
    }
    if (handle(SIGTERM, on_stop) != 0 || handle(SIGINT, on_stop) != 0 || handle(SIGCHLD, on_child) != 0) {
        perror("rtk agent: sigaction");
        return 71;
    }
    printf("LISTENING %d\n", bound_port(listener));
    fflush(stdout);
    while (!stop_requested) {
        reap_children();
        /* The listener (while a slot is free), the fork server's stdin, and every connection in its handshake. */
        struct pollfd waiting[2 + MAX_PENDING];
        waiting[0] = (struct pollfd) {listener, pending_count < MAX_PENDING ? POLLIN : 0, 0};
        waiting[1] = (struct pollfd) {options->fork_server ? STDIN_FILENO : -1, POLLIN, 0};
        long long now = now_millis(), wait = 500;
        for (int i = 0; i < pending_count; i++) {
            waiting[2 + i] = (struct pollfd) {pending[i].fd, POLLIN, 0};
            wait = pending[i].deadline - now < wait ? pending[i].deadline - now : wait;
        }
        int count = pending_count;
        if (poll(waiting, (nfds_t) (2 + count), wait < 0 ? 0 : (int) wait) < 0) {
            continue; /* a signal: SIGCHLD to reap, or SIGTERM to stop */
        }
        if (options->fork_server && waiting[1].revents != 0) {
            char ignored[64];
            if ((waiting[1].revents & (POLLHUP | POLLERR)) != 0 || read(STDIN_FILENO, ignored, sizeof ignored) <= 0) {
                break; /* the client that started this fork server is gone */
            }
        }
        /* Backwards, so dropping a slot (the last one moves into it) never skips one not yet looked at. */
        now = now_millis();
        for (int i = count - 1; i >= 0; i--) {
            int done = waiting[2 + i].revents != 0
                       && advance(&pending[i], listener, token, options->prefix, serve_caller);
            if (!done && now >= pending[i].deadline) {
                if (!pending[i].refused) {
                    refuse(&pending[i], "ERR - bad token\n"); /* silent for too long: as if the token were wrong */
                    continue;
                }
                done = 1;
            }
            if (done) {
                drop_pending(i);
            }
        }
        if ((waiting[0].revents & POLLIN) != 0) {
            accept_connection(listener);
        }
    }
    while (pending_count > 0) {
        drop_pending(pending_count - 1);
    }
    for (int i = 0; i < child_count; i++) {
        kill(children[i], SIGKILL);
    }
    for (int i = 0; i < child_count; i++) {
        wait_for(children[i]);
    }
    child_count = 0;
    close(listener);
    if (options->fork_server) {
        return 0; /* its client sweeps the namespaces it handed out */
    }
    int removed = options->sweep != NULL ? options->sweep(options->prefix) : 0;
    fprintf(stderr, "rtk agent: launcher stopped; swept %d object(s) under %s\n", removed < 0 ? 0 : removed,
            options->prefix);
    return 0;
}

#endif /* !_WIN32: Windows agents are reached over stdio, or through a relay */
