/* sigsetjmp(buf, 1) restores the signal mask on the jump back; with 0 the second fault would kill the
 * process (backends.md §1b). */
#define _GNU_SOURCE
#include "guarded_access.h"

#include <setjmp.h>
#include <signal.h>
#include <string.h>

static sigjmp_buf jump_back;
static volatile sig_atomic_t guard_active;
static volatile sig_atomic_t fault_signal;
static volatile sig_atomic_t fault_code;
static volatile uintptr_t fault_address;

static void on_fault(int signal_number, siginfo_t *info, void *context) {
    (void) context;
    if (!guard_active) {
        /* A fault outside a guarded access is a real bug in the agent: die loudly with the signal. */
        signal(signal_number, SIG_DFL);
        raise(signal_number);
        return;
    }
    guard_active = 0;
    fault_signal = signal_number;
    fault_code = info->si_code;
    fault_address = (uintptr_t) info->si_addr;
    siglongjmp(jump_back, 1);
}

int install_fault_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_fault;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    if (sigaction(SIGSEGV, &action, NULL) != 0 || sigaction(SIGBUS, &action, NULL) != 0) {
        return -1;
    }
    return 0;
}

static enum access_outcome classify(struct access_fault *fault) {
    fault->signal_number = fault_signal;
    fault->signal_code = fault_code;
    fault->fault_address = fault_address;
    /* Only SEGV_ACCERR means "mapped, but not for this access". MAPERR, a non-canonical address (SI_KERNEL)
     * and SIGBUS past the end of the object all mean nothing of the view is there. */
    if (fault_signal == SIGSEGV && fault_code == SEGV_ACCERR) {
        return ACCESS_VIOLATION;
    }
    return ACCESS_NOT_MAPPED;
}

/* Not instrumented: the sanitizers must not touch (or shadow-check) caller memory around a deliberate fault. */
__attribute__((no_sanitize("address", "undefined"), noinline))
static void copy_in(volatile const unsigned char *from, unsigned char *to, size_t len) {
    for (size_t i = 0; i < len; i++) {
        to[i] = from[i];
    }
}

__attribute__((no_sanitize("address", "undefined"), noinline))
static void copy_out(const unsigned char *from, volatile unsigned char *to, size_t len) {
    for (size_t i = 0; i < len; i++) {
        to[i] = from[i];
    }
}

enum access_outcome guarded_read(uintptr_t address, unsigned char *out, size_t len, struct access_fault *fault) {
    memset(fault, 0, sizeof *fault);
    if (sigsetjmp(jump_back, 1) != 0) {
        return classify(fault);
    }
    guard_active = 1;
    copy_in((volatile const unsigned char *) address, out, len);
    guard_active = 0;
    return ACCESS_OK;
}

enum access_outcome guarded_write(uintptr_t address, const unsigned char *data, size_t len, struct access_fault *fault) {
    memset(fault, 0, sizeof *fault);
    if (sigsetjmp(jump_back, 1) != 0) {
        return classify(fault);
    }
    guard_active = 1;
    copy_out(data, (volatile unsigned char *) address, len);
    guard_active = 0;
    return ACCESS_OK;
}
