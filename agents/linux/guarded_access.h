/* Reading and writing caller memory with faults caught and reported, never fatal. */
#ifndef RTK_GUARDED_ACCESS_H
#define RTK_GUARDED_ACCESS_H

#include <stddef.h>
#include <stdint.h>

enum access_outcome { ACCESS_OK, ACCESS_VIOLATION, ACCESS_NOT_MAPPED };

struct access_fault {
    int signal_number;
    int signal_code;
    uintptr_t fault_address;
};

/* Installs the SIGSEGV/SIGBUS handlers; a fault outside a guarded access still kills the agent. */
int install_fault_handlers(void);

/* Copies len bytes; a fault ends the copy and is classified from si_code (SEGV_ACCERR vs SEGV_MAPERR). */
enum access_outcome guarded_read(uintptr_t address, unsigned char *out, size_t len, struct access_fault *fault);
enum access_outcome guarded_write(uintptr_t address, const unsigned char *data, size_t len, struct access_fault *fault);

#endif
