/* Reading and writing caller memory with faults caught and reported, never fatal: sigsetjmp(buf, 1) and a
 * SIGSEGV/SIGBUS handler on POSIX, a vectored exception handler on Windows. */
#ifndef RTK_GUARDED_ACCESS_H
#define RTK_GUARDED_ACCESS_H

#include <stddef.h>
#include <stdint.h>

enum access_outcome { ACCESS_OK, ACCESS_VIOLATION, ACCESS_NOT_MAPPED };

struct access_fault {
    uintptr_t fault_address;
    char description[96]; /* e.g. "SIGSEGV SEGV_ACCERR at 0x7F..." or "EXCEPTION_ACCESS_VIOLATION write at 0x..." */
};

/* Installs the fault handlers; a fault outside a guarded access still kills the agent. 0, or -1. */
int rtk_sdk_install_fault_handlers(void);

/* Copies len bytes; a fault ends the copy and is classified: a page mapped without this access is
 * ACCESS_VIOLATION, anything else (nothing mapped, past the end of the object) is ACCESS_NOT_MAPPED. */
enum access_outcome rtk_sdk_guarded_read(uintptr_t address, unsigned char *out, size_t len, struct access_fault *fault);
enum access_outcome rtk_sdk_guarded_write(uintptr_t address, const unsigned char *data, size_t len, struct access_fault *fault);

#endif
