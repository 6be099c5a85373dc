/* POSIX: sigsetjmp(buf, 1) restores the signal mask on the jump back; with 0 the second fault would kill the
 * process (backends.md §1b). Windows: a vectored exception handler sees the access violation first and jumps
 * back with __builtin_longjmp, which restores only the stack and frame pointers (no SEH unwind through the
 * dispatcher's frames, which the C library's longjmp would attempt). */
#define _GNU_SOURCE
#include "guarded_access.h"

#include <stdio.h>
#include <string.h>

#ifdef _WIN32
#include <windows.h>
#else
#include <setjmp.h>
#include <signal.h>
#endif

#if defined(__has_attribute)
#if __has_attribute(no_sanitize)
#define NOT_INSTRUMENTED __attribute__((no_sanitize("address", "undefined"), noinline))
#endif
#endif
#ifndef NOT_INSTRUMENTED
#define NOT_INSTRUMENTED __attribute__((noinline))
#endif

/* Not instrumented: the sanitizers must not touch (or shadow-check) caller memory around a deliberate fault. */
NOT_INSTRUMENTED static void copy_in(volatile const unsigned char *from, unsigned char *to, size_t len) {
    for (size_t i = 0; i < len; i++) {
        to[i] = from[i];
    }
}

NOT_INSTRUMENTED static void copy_out(const unsigned char *from, volatile unsigned char *to, size_t len) {
    for (size_t i = 0; i < len; i++) {
        to[i] = from[i];
    }
}

#ifdef _WIN32

static void *jump_back[5];
static volatile LONG guard_active;
static volatile ULONG_PTR fault_kind;    /* ExceptionInformation[0]: 0 read, 1 write, 8 execute */
static volatile ULONG_PTR fault_address;
static volatile DWORD fault_code;

static LONG CALLBACK on_exception(PEXCEPTION_POINTERS pointers) {
    DWORD code = pointers->ExceptionRecord->ExceptionCode;
    if (!guard_active || (code != EXCEPTION_ACCESS_VIOLATION && code != EXCEPTION_IN_PAGE_ERROR)) {
        return EXCEPTION_CONTINUE_SEARCH; /* a fault outside a guarded access is a bug: let it kill the agent */
    }
    guard_active = 0;
    fault_code = code;
    fault_kind = pointers->ExceptionRecord->NumberParameters >= 1 ? pointers->ExceptionRecord->ExceptionInformation[0] : 0;
    fault_address = pointers->ExceptionRecord->NumberParameters >= 2 ? pointers->ExceptionRecord->ExceptionInformation[1] : 0;
    __builtin_longjmp(jump_back, 1);
    return EXCEPTION_CONTINUE_SEARCH; /* not reached */
}

int rtk_sdk_install_fault_handlers(void) {
    return AddVectoredExceptionHandler(1, on_exception) != NULL ? 0 : -1;
}

/* An access violation on a page that is committed is a protection fault; on a free or reserved page, or an
 * in-page error (the section's backing is gone), nothing of the view is there. */
static enum access_outcome classify(struct access_fault *fault) {
    MEMORY_BASIC_INFORMATION info;
    int committed = VirtualQuery((LPCVOID) fault_address, &info, sizeof info) != 0 && info.State == MEM_COMMIT;
    const char *kind = fault_kind == 1 ? "write" : fault_kind == 8 ? "execute" : "read";
    fault->fault_address = (uintptr_t) fault_address;
    snprintf(fault->description, sizeof fault->description, "%s %s at 0x%llX",
             fault_code == EXCEPTION_IN_PAGE_ERROR ? "EXCEPTION_IN_PAGE_ERROR" : "EXCEPTION_ACCESS_VIOLATION", kind,
             (unsigned long long) fault_address);
    return fault_code == EXCEPTION_ACCESS_VIOLATION && committed ? ACCESS_VIOLATION : ACCESS_NOT_MAPPED;
}

enum access_outcome rtk_sdk_guarded_read(uintptr_t address, unsigned char *out, size_t len, struct access_fault *fault) {
    memset(fault, 0, sizeof *fault);
    if (__builtin_setjmp(jump_back) != 0) {
        return classify(fault);
    }
    guard_active = 1;
    copy_in((volatile const unsigned char *) address, out, len);
    guard_active = 0;
    return ACCESS_OK;
}

enum access_outcome rtk_sdk_guarded_write(uintptr_t address, const unsigned char *data, size_t len, struct access_fault *fault) {
    memset(fault, 0, sizeof *fault);
    if (__builtin_setjmp(jump_back) != 0) {
        return classify(fault);
    }
    guard_active = 1;
    copy_out(data, (volatile unsigned char *) address, len);
    guard_active = 0;
    return ACCESS_OK;
}

#else

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

int rtk_sdk_install_fault_handlers(void) {
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
    const char *code = fault_signal == SIGBUS ? "BUS"
                     : fault_code == SEGV_ACCERR ? "SEGV_ACCERR"
                     : fault_code == SEGV_MAPERR ? "SEGV_MAPERR" : "SEGV";
    fault->fault_address = fault_address;
    snprintf(fault->description, sizeof fault->description, "%s %s at 0x%llX",
             fault_signal == SIGBUS ? "SIGBUS" : "SIGSEGV", code, (unsigned long long) fault_address);
    /* Only SEGV_ACCERR means "mapped, but not for this access". MAPERR, a non-canonical address (SI_KERNEL)
     * and SIGBUS past the end of the object all mean nothing of the view is there. */
    if (fault_signal == SIGSEGV && fault_code == SEGV_ACCERR) {
        return ACCESS_VIOLATION;
    }
    return ACCESS_NOT_MAPPED;
}

enum access_outcome rtk_sdk_guarded_read(uintptr_t address, unsigned char *out, size_t len, struct access_fault *fault) {
    memset(fault, 0, sizeof *fault);
    if (sigsetjmp(jump_back, 1) != 0) {
        return classify(fault);
    }
    guard_active = 1;
    copy_in((volatile const unsigned char *) address, out, len);
    guard_active = 0;
    return ACCESS_OK;
}

enum access_outcome rtk_sdk_guarded_write(uintptr_t address, const unsigned char *data, size_t len, struct access_fault *fault) {
    memset(fault, 0, sizeof *fault);
    if (sigsetjmp(jump_back, 1) != 0) {
        return classify(fault);
    }
    guard_active = 1;
    copy_out(data, (volatile unsigned char *) address, len);
    guard_active = 0;
    return ACCESS_OK;
}

#endif
