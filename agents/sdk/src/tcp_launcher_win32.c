/* The TCP launcher on Windows (docs/agent-protocol.md §9): the same control protocol as the POSIX launcher, without
 * fork. Each authenticated connection gets a fresh process of this same .exe (same command line, so the same
 * manifest), told by RTK_SDK_CALLER_PREFIX to serve one caller on stdio; two relay threads copy bytes between the
 * socket and its stdin/stdout pipes. Every caller is in one Job object that kills them when the launcher dies.
 * A thread per connection does the handshake with a deadline, so a silent client holds only its own thread. */
#include "tcp_launcher.h"

#ifdef _WIN32

#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>
#include <process.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namespace.h"

#define MAX_TOKEN_BYTES 256
#define MAX_CONTROL_LINE 320
#define MAX_CHILDREN 1024
#define MAX_HANDSHAKES 64
#define HANDSHAKE_MILLIS 5000
#define LINGER_MILLIS 1000
#define CALLER_VARIABLE "RTK_SDK_CALLER_PREFIX"

static volatile LONG stop_requested;
static volatile LONG handshakes;
static char token[MAX_TOKEN_BYTES + 1];
static const char *launcher_prefix;
static HANDLE callers_job;
static CRITICAL_SECTION children_lock;

struct child {
    DWORD pid;
    HANDLE process;
};
static struct child children[MAX_CHILDREN];
static int child_count;

static BOOL WINAPI on_console_event(DWORD event) {
    (void) event;
    InterlockedExchange(&stop_requested, 1);
    return TRUE;
}

/* ---- the token (Windows has no mode bits: the file's ACL is the owner's business, BUILD.md says how) ---- */

static int read_token(const char *path) {
    DWORD attributes = GetFileAttributesA(path);
    if (attributes == INVALID_FILE_ATTRIBUTES || (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0) {
        fprintf(stderr, "rtk agent: --token-file %s: %s\n", path,
                attributes == INVALID_FILE_ATTRIBUTES ? "cannot be read (Win32 error)" : "not a regular file");
        return -1;
    }
    FILE *file = fopen(path, "rb");
    if (file == NULL) {
        fprintf(stderr, "rtk agent: --token-file %s: cannot be opened\n", path);
        return -1;
    }
    char text[MAX_TOKEN_BYTES + 3];
    size_t length = fread(text, 1, sizeof text, file);
    fclose(file);
    if (length > 0 && text[length - 1] == '\n') {
        length--;
    }
    if (length > 0 && text[length - 1] == '\r') {
        length--; /* a token file written by Notepad */
    }
    if (length == 0 || length > MAX_TOKEN_BYTES) {
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
static int token_matches(const char *given) {
    size_t expected_length = strlen(token), given_length = strlen(given);
    size_t longest = expected_length > given_length ? expected_length : given_length;
    unsigned char difference = (unsigned char) (expected_length != given_length);
    for (size_t i = 0; i < longest; i++) {
        unsigned char a = i < expected_length ? (unsigned char) token[i] : 0;
        unsigned char b = i < given_length ? (unsigned char) given[i] : 0;
        difference |= (unsigned char) (a ^ b);
    }
    return difference == 0;
}

/* ---- the listening socket ---- */

static int is_loopback(const struct sockaddr *address) {
    if (address->sa_family == AF_INET) {
        return (ntohl(((const struct sockaddr_in *) address)->sin_addr.s_addr) >> 24) == 127;
    }
    if (address->sa_family == AF_INET6) {
        const struct in6_addr *ip = &((const struct sockaddr_in6 *) address)->sin6_addr;
        return IN6_IS_ADDR_LOOPBACK(ip) || (IN6_IS_ADDR_V4MAPPED(ip) && ip->s6_addr[12] == 127);
    }
    return 0;
}

/* Returns the socket, or INVALID_SOCKET with *exit_code set (64 bad option, 71 OS error). */
static SOCKET open_listener(const struct launcher_options *options, int *exit_code) {
    char host[256];
    const char *colon = strrchr(options->listen, ':');
    size_t host_length = colon == NULL ? 0 : (size_t) (colon - options->listen);
    *exit_code = 64;
    if (colon == NULL || host_length == 0 || host_length >= sizeof host || colon[1] == '\0'
            || strspn(colon + 1, "0123456789") != strlen(colon + 1) || strlen(colon + 1) > 5
            || atoi(colon + 1) > 65535) {
        fprintf(stderr, "rtk agent: --listen %s: expected HOST:PORT (e.g. 127.0.0.1:0, [::1]:7000;"
                " port 0 picks a free one)\n", options->listen);
        return INVALID_SOCKET;
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
        fprintf(stderr, "rtk agent: --listen %s: cannot resolve '%s' (Winsock error %d)\n", options->listen, host,
                failure);
        return INVALID_SOCKET;
    }
    if (!is_loopback(found->ai_addr) && !options->allow_address) {
        fprintf(stderr, "rtk agent: --listen %s: '%s' is not a loopback address; the agent grants whoever"
                " holds the token the RTKAPI of this machine, so add --allow-address to listen there on purpose\n",
                options->listen, host);
        freeaddrinfo(found);
        return INVALID_SOCKET;
    }
    *exit_code = 71;
    /* Not inheritable: a caller must not hold the listener (or another client's socket) open. */
    SOCKET listener = WSASocketW(found->ai_family, SOCK_STREAM, IPPROTO_TCP, NULL, 0, WSA_FLAG_NO_HANDLE_INHERIT);
    BOOL exclusive = TRUE;
    if (listener == INVALID_SOCKET
            || setsockopt(listener, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, (const char *) &exclusive, sizeof exclusive) != 0
            || bind(listener, found->ai_addr, (int) found->ai_addrlen) != 0 || listen(listener, 64) != 0) {
        fprintf(stderr, "rtk agent: --listen %s: Winsock error %d\n", options->listen, WSAGetLastError());
        freeaddrinfo(found);
        if (listener != INVALID_SOCKET) {
            closesocket(listener);
        }
        return INVALID_SOCKET;
    }
    freeaddrinfo(found);
    return listener;
}

static int bound_port(SOCKET listener) {
    struct sockaddr_storage address;
    int length = sizeof address;
    if (getsockname(listener, (struct sockaddr *) &address, &length) != 0) {
        return -1;
    }
    return ntohs(address.ss_family == AF_INET ? ((struct sockaddr_in *) &address)->sin_port
                                              : ((struct sockaddr_in6 *) &address)->sin6_port);
}

/* ---- callers ---- */

static void send_line(SOCKET connection, const char *line) {
    int length = (int) strlen(line), written = 0;
    while (written < length) {
        int n = send(connection, line + written, length - written, 0);
        if (n <= 0) {
            return; /* the client left; nothing to tell it */
        }
        written += n;
    }
}

static void forget_child(DWORD pid) {
    EnterCriticalSection(&children_lock);
    for (int i = 0; i < child_count; i++) {
        if (children[i].pid == pid) {
            CloseHandle(children[i].process);
            children[i] = children[--child_count];
            break;
        }
    }
    LeaveCriticalSection(&children_lock);
}

/* One served connection, shared by its two relays; the last to finish closes the socket, so neither can ever
 * use a socket number that a later accept() reused. */
struct session {
    SOCKET socket;
    HANDLE requests_pipe;      /* to the caller's stdin */
    HANDLE replies_pipe;       /* from the caller's stdout */
    DWORD pid;
    volatile LONG references;
};

static void release_session(struct session *session) {
    if (InterlockedDecrement(&session->references) == 0) {
        closesocket(session->socket);
        free(session);
    }
}

/* The client's requests into the caller's stdin; the end of the connection is the caller's end of input. A
 * caller's exit (BYE) ends the connection too: the reply relay shuts the socket down both ways, which ends recv(). */
static void relay_requests(struct session *session) {
    char buffer[65536];
    int got;
    DWORD written;
    while ((got = recv(session->socket, buffer, sizeof buffer, 0)) > 0
            && WriteFile(session->requests_pipe, buffer, (DWORD) got, &written, NULL)) {
    }
    CloseHandle(session->requests_pipe);
    release_session(session);
}

/* The caller's replies onto the socket; when the caller's stdout ends (it exited) the connection ends too. */
static unsigned __stdcall relay_replies(void *argument) {
    struct session *session = argument;
    char buffer[65536];
    DWORD got;
    while (ReadFile(session->replies_pipe, buffer, sizeof buffer, &got, NULL) && got > 0) {
        int sent = 0;
        while (sent < (int) got) {
            int n = send(session->socket, buffer + sent, (int) got - sent, 0);
            if (n <= 0) {
                break;
            }
            sent += n;
        }
        if (sent < (int) got) {
            break;
        }
    }
    CloseHandle(session->replies_pipe);
    shutdown(session->socket, SD_BOTH);
    forget_child(session->pid);
    release_session(session);
    return 0;
}

static int start_thread(unsigned (__stdcall *body)(void *), void *argument) {
    uintptr_t thread = _beginthreadex(NULL, 0, body, argument, 0, NULL);
    if (thread == 0) {
        return -1;
    }
    CloseHandle((HANDLE) thread);
    return 0;
}

/* A fresh process of this .exe with the launcher's own command line, serving `prefix` on pipes relayed to the
 * socket. Returns NULL once the caller has run and its connection is over (the socket was the relays'), else the
 * ERR line (the socket is still the caller's to refuse and close). */
static const char *start_caller(SOCKET connection, const char *prefix, char *error, size_t error_size) {
    HANDLE stdin_read, stdin_write, stdout_read, stdout_write;
    if (!CreatePipe(&stdin_read, &stdin_write, NULL, 0)) {
        snprintf(error, error_size, "ERR - CreatePipe failed: Win32 error %lu\n", GetLastError());
        return error;
    }
    if (!CreatePipe(&stdout_read, &stdout_write, NULL, 0)) {
        snprintf(error, error_size, "ERR - CreatePipe failed: Win32 error %lu\n", GetLastError());
        CloseHandle(stdin_read);
        CloseHandle(stdin_write);
        return error;
    }
    STARTUPINFOW startup;
    memset(&startup, 0, sizeof startup);
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = stdin_read;
    startup.hStdOutput = stdout_write;
    startup.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    PROCESS_INFORMATION process;
    WCHAR program[MAX_PATH];
    DWORD program_length = GetModuleFileNameW(NULL, program, MAX_PATH);
    size_t command_length = wcslen(GetCommandLineW()) + 1;
    WCHAR *command = malloc(command_length * sizeof *command); /* CreateProcessW may write into it */
    BOOL started = FALSE;
    /* One caller starts at a time: only its own pipe ends are inheritable, and only while CreateProcessW runs, so no
     * caller inherits another's pipe (which would keep that caller's input from ever ending). The variable that
     * makes the new process a caller is set only for that call. */
    EnterCriticalSection(&children_lock);
    if (command != NULL && program_length > 0 && program_length < MAX_PATH && child_count < MAX_CHILDREN) {
        memcpy(command, GetCommandLineW(), command_length * sizeof *command);
        SetHandleInformation(stdin_read, HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT);
        SetHandleInformation(stdout_write, HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT);
        SetEnvironmentVariableA(CALLER_VARIABLE, prefix);
        started = CreateProcessW(program, command, NULL, NULL, TRUE, CREATE_SUSPENDED, NULL, NULL, &startup,
                                 &process);
        SetEnvironmentVariableA(CALLER_VARIABLE, NULL);
    }
    DWORD failure = GetLastError();
    CloseHandle(stdin_read);
    CloseHandle(stdout_write);
    int in_job = started && AssignProcessToJobObject(callers_job, process.hProcess);
    if (started && !in_job) {
        failure = GetLastError();
        TerminateProcess(process.hProcess, 71);
        WaitForSingleObject(process.hProcess, INFINITE);
        CloseHandle(process.hProcess);
        CloseHandle(process.hThread);
    }
    if (in_job) {
        children[child_count++] = (struct child) {process.dwProcessId, process.hProcess};
    }
    LeaveCriticalSection(&children_lock);
    free(command);
    struct session *session = in_job ? calloc(1, sizeof *session) : NULL;
    if (session == NULL) {
        if (in_job) {
            TerminateProcess(process.hProcess, 71); /* no relay: it would wait for input forever */
            CloseHandle(process.hThread);
        }
        snprintf(error, error_size, !started ? "ERR - CreateProcessW failed: Win32 error %lu\n"
                                   : !in_job ? "ERR - AssignProcessToJobObject failed: Win32 error %lu\n"
                                             : "ERR - out of memory (Win32 error %lu)\n", failure);
        CloseHandle(stdin_write);
        CloseHandle(stdout_read);
        return error;
    }
    *session = (struct session) {connection, stdin_write, stdout_read, process.dwProcessId, 2};
    char line[64];
    snprintf(line, sizeof line, "PID %lu\n", process.dwProcessId);
    send_line(connection, line);
    ResumeThread(process.hThread);
    CloseHandle(process.hThread);
    if (start_thread(relay_replies, session) != 0) {
        TerminateProcess(process.hProcess, 71);
        CloseHandle(stdout_read);
        shutdown(connection, SD_BOTH);
        session->references--;
    }
    relay_requests(session); /* this connection's thread becomes its request relay */
    return NULL;
}

/* Returns the ERR line, or NULL when the caller was terminated, waited for and "OK killed" was sent. */
static const char *kill_child(SOCKET connection, const char *text) {
    char *end;
    unsigned long value = strtoul(text, &end, 10);
    HANDLE process = NULL;
    if (*end == '\0' && end != text && value > 0 && text[0] != '-' && text[0] != '+') {
        EnterCriticalSection(&children_lock);
        for (int i = 0; i < child_count; i++) {
            if (children[i].pid == value && WaitForSingleObject(children[i].process, 0) == WAIT_TIMEOUT) {
                DuplicateHandle(GetCurrentProcess(), children[i].process, GetCurrentProcess(), &process, 0, FALSE,
                                DUPLICATE_SAME_ACCESS);
            }
        }
        LeaveCriticalSection(&children_lock);
    }
    if (process == NULL) {
        return "ERR - not a live caller of this launcher\n";
    }
    TerminateProcess(process, 137);
    WaitForSingleObject(process, INFINITE); /* signalled once the process has ended and its handles are closed */
    CloseHandle(process);
    char line[64];
    snprintf(line, sizeof line, "OK killed %lu\n", value);
    send_line(connection, line);
    return NULL;
}

/* Reads one control line byte by byte (not a byte of the caller's requests after it) before the deadline.
 * Returns 1 for a line, -1 for anything else (not printable, too long, closed, too slow). */
static int read_control_line(SOCKET connection, ULONGLONG deadline, char *line) {
    size_t length = 0;
    for (;;) {
        ULONGLONG now = GetTickCount64();
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(connection, &readable);
        long left = now >= deadline ? 0 : (long) (deadline - now);
        struct timeval wait = {left / 1000, (left % 1000) * 1000};
        char c;
        if (left == 0 || select(0, &readable, NULL, NULL, &wait) != 1 || recv(connection, &c, 1, 0) != 1) {
            return -1;
        }
        if (c == '\n') {
            line[length] = '\0';
            return 1;
        }
        if (length + 1 >= MAX_CONTROL_LINE || (unsigned char) c < 0x20 || (unsigned char) c > 0x7E) {
            return -1;
        }
        line[length++] = c;
    }
}

/* After an ERR: stop writing and discard what the client still sends for LINGER_MILLIS, so the close does not
 * reset the connection and destroy the ERR line before the client read it. */
static void refuse(SOCKET connection, const char *line) {
    send_line(connection, line);
    shutdown(connection, SD_SEND);
    char discard[4096];
    ULONGLONG deadline = GetTickCount64() + LINGER_MILLIS;
    for (ULONGLONG now = GetTickCount64(); now < deadline; now = GetTickCount64()) {
        fd_set readable; /* select, not SO_RCVTIMEO: Wine 8 does not end a blocking recv() at that timeout */
        FD_ZERO(&readable);
        FD_SET(connection, &readable);
        struct timeval wait = {0, (long) (deadline - now) * 1000};
        if (select(0, &readable, NULL, NULL, &wait) != 1 || recv(connection, discard, sizeof discard, 0) <= 0) {
            break;
        }
    }
}

/* One connection's thread: the handshake, then either a KILL or the request relay of a new caller. */
static unsigned __stdcall serve_connection(void *argument) {
    SOCKET connection = (SOCKET) (uintptr_t) argument;
    char line[MAX_CONTROL_LINE], error[160];
    ULONGLONG deadline = GetTickCount64() + HANDSHAKE_MILLIS;
    const char *refusal = NULL;
    if (read_control_line(connection, deadline, line) != 1 || strncmp(line, "TOKEN ", 6) != 0
            || !token_matches(line + 6)) {
        refusal = "ERR - bad token\n";
    } else if (read_control_line(connection, deadline, line) != 1) {
        refusal = "ERR - expected SERVE <prefix> or KILL <pid> after the token\n";
    } else if (strncmp(line, "KILL ", 5) == 0) {
        refusal = kill_child(connection, line + 5);
    } else {
        char full[96];
        if (strncmp(line, "SERVE ", 6) != 0 || strlen(line + 6) > 40
                || snprintf(full, sizeof full, "%s.%s", launcher_prefix, line + 6) < 0
                || !rtk_sdk_valid_prefix(line + 6) || !rtk_sdk_valid_prefix(full)) {
            refusal = "ERR - expected SERVE <[a-z0-9.]> (at most 40 characters with the launcher's prefix) or KILL <pid>\n";
        } else {
            InterlockedDecrement(&handshakes); /* a served caller no longer holds a handshake slot */
            refusal = start_caller(connection, full, error, sizeof error);
            if (refusal == NULL) {
                return 0; /* the session's relays closed the socket */
            }
            InterlockedIncrement(&handshakes);
        }
    }
    if (refusal != NULL) {
        refuse(connection, refusal);
    }
    InterlockedDecrement(&handshakes);
    closesocket(connection);
    return 0;
}

static void stop_callers(void) {
    EnterCriticalSection(&children_lock);
    for (int i = 0; i < child_count; i++) {
        TerminateProcess(children[i].process, 137);
    }
    for (int i = 0; i < child_count; i++) {
        WaitForSingleObject(children[i].process, INFINITE);
    }
    LeaveCriticalSection(&children_lock);
}

/* In a caller process started by a launcher: serves its connection's relayed stdio and never returns. */
static void serve_if_caller(serve_caller_fn serve_caller) {
    const char *prefix = getenv(CALLER_VARIABLE);
    if (prefix != NULL) {
        static char own[96];
        if (strlen(prefix) >= sizeof own || !rtk_sdk_valid_prefix(prefix)) {
            fprintf(stderr, "rtk agent: %s=%s is not a caller prefix [a-z0-9.]{1,40}\n", CALLER_VARIABLE, prefix);
            exit(64);
        }
        snprintf(own, sizeof own, "%s", prefix);
        SetEnvironmentVariableA(CALLER_VARIABLE, NULL);
        serve_caller(own);
    }
}

int rtk_sdk_run_tcp_launcher(const struct launcher_options *options, serve_caller_fn serve_caller) {
    serve_if_caller(serve_caller);
    if (options->fork_server) {
        fputs("rtk agent: --fork-server is POSIX only (Windows has no fork); use --listen with --prefix\n", stderr);
        return 64;
    }
    if (read_token(options->token_file) != 0) {
        return 66;
    }
    WSADATA winsock;
    if (WSAStartup(MAKEWORD(2, 2), &winsock) != 0) {
        fputs("rtk agent: WSAStartup failed\n", stderr);
        return 71;
    }
    int exit_code;
    SOCKET listener = open_listener(options, &exit_code);
    if (listener == INVALID_SOCKET) {
        return exit_code;
    }
    /* Closing the job's last handle (the launcher's, however it ends) terminates every caller. */
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits;
    memset(&limits, 0, sizeof limits);
    limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
    callers_job = CreateJobObjectW(NULL, NULL);
    if (callers_job == NULL
            || !SetInformationJobObject(callers_job, JobObjectExtendedLimitInformation, &limits, sizeof limits)) {
        fprintf(stderr, "rtk agent: a Job object for the callers: Win32 error %lu\n", GetLastError());
        return 71;
    }
    InitializeCriticalSection(&children_lock);
    launcher_prefix = options->prefix;
    SetConsoleCtrlHandler(on_console_event, TRUE);
    printf("LISTENING %d\n", bound_port(listener));
    fflush(stdout);
    while (!stop_requested) {
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(listener, &readable);
        struct timeval wait = {0, 200 * 1000}; /* how soon a stop request is noticed */
        if (handshakes >= MAX_HANDSHAKES || select(0, &readable, NULL, NULL, &wait) <= 0) {
            if (handshakes >= MAX_HANDSHAKES) {
                Sleep(20); /* beyond 64 handshakes, new connections wait in the backlog */
            }
            continue;
        }
        SOCKET connection = accept(listener, NULL, NULL);
        if (connection == INVALID_SOCKET) {
            continue;
        }
        SetHandleInformation((HANDLE) connection, HANDLE_FLAG_INHERIT, 0);
        BOOL one = TRUE; /* one short line per reply: send it now, never wait to coalesce */
        setsockopt(connection, IPPROTO_TCP, TCP_NODELAY, (const char *) &one, sizeof one);
        InterlockedIncrement(&handshakes);
        if (start_thread(serve_connection, (void *) (uintptr_t) connection) != 0) {
            InterlockedDecrement(&handshakes);
            closesocket(connection);
        }
    }
    closesocket(listener);
    stop_callers();
    int removed = options->sweep != NULL ? options->sweep(options->prefix) : 0;
    fprintf(stderr, "rtk agent: launcher stopped; swept %d object(s) under %s\n", removed < 0 ? 0 : removed,
            options->prefix);
    return 0;
}

#else
typedef int rtk_sdk_tcp_launcher_win32_is_empty_on_posix; /* ISO C wants a declaration in every unit */
#endif
