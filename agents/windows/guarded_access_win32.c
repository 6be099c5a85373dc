/* Faults are caught with a vectored exception handler that resumes at the guarded access's recovery point
 * (__builtin_setjmp/__builtin_longjmp: no unwinding through the system's dispatcher frames is needed, since nothing
 * between the access and the recovery point owns resources). */
#include "guarded_access_win32.h"

#include <windows.h>

static void *recovery[5];
static volatile LONG guarding;
static struct access_fault last_fault;

static LONG CALLBACK on_exception(PEXCEPTION_POINTERS pointers) {
    PEXCEPTION_RECORD record = pointers->ExceptionRecord;
    if (!guarding || record->ExceptionCode != EXCEPTION_ACCESS_VIOLATION) {
        return EXCEPTION_CONTINUE_SEARCH;
    }
    last_fault.code = record->ExceptionCode;
    last_fault.operation = record->NumberParameters >= 1 ? (unsigned long) record->ExceptionInformation[0] : 0;
    last_fault.fault_address = record->NumberParameters >= 2 ? (uintptr_t) record->ExceptionInformation[1] : 0;
    guarding = 0;
    __builtin_longjmp(recovery, 1);
}

int install_fault_handler(void) {
    return AddVectoredExceptionHandler(1, on_exception) == NULL ? -1 : 0;
}

static enum access_outcome classify(struct access_fault *fault) {
    *fault = last_fault;
    MEMORY_BASIC_INFORMATION region;
    if (VirtualQuery((void *) fault->fault_address, &region, sizeof region) == sizeof region
            && region.State == MEM_COMMIT) {
        return ACCESS_VIOLATION;
    }
    return ACCESS_NOT_MAPPED;
}

/* The copy runs byte by byte through volatile pointers, so the compiler cannot move an access out of the guard. */
static __attribute__((noinline)) void copy_bytes(volatile unsigned char *to, const volatile unsigned char *from,
                                                 size_t len) {
    for (size_t i = 0; i < len; i++) {
        to[i] = from[i];
    }
}

enum access_outcome guarded_read(uintptr_t address, unsigned char *out, size_t len, struct access_fault *fault) {
    if (__builtin_setjmp(recovery) != 0) {
        return classify(fault);
    }
    guarding = 1;
    copy_bytes(out, (const volatile unsigned char *) address, len);
    guarding = 0;
    return ACCESS_OK;
}

enum access_outcome guarded_write(uintptr_t address, const unsigned char *data, size_t len, struct access_fault *fault) {
    if (__builtin_setjmp(recovery) != 0) {
        return classify(fault);
    }
    guarding = 1;
    copy_bytes((volatile unsigned char *) address, data, len);
    guarding = 0;
    return ACCESS_OK;
}
