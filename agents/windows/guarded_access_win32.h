/* Reading and writing caller memory with access violations caught and reported, never fatal (Win32). */
#ifndef RTK_GUARDED_ACCESS_WIN32_H
#define RTK_GUARDED_ACCESS_WIN32_H

#include <stddef.h>
#include <stdint.h>

enum access_outcome { ACCESS_OK, ACCESS_VIOLATION, ACCESS_NOT_MAPPED };

struct access_fault {
    unsigned long code;       /* the exception code, 0xC0000005 for an access violation */
    unsigned long operation;  /* ExceptionInformation[0]: 0 read, 1 write, 8 execute */
    uintptr_t fault_address;  /* ExceptionInformation[1] */
};

/* Installs the vectored handler; a fault outside a guarded access still ends the agent as the system would. */
int install_fault_handler(void);

/* Copies len bytes; an access violation ends the copy. The system's own record tells the two kinds apart:
 * VirtualQuery of the faulting page says whether anything is committed there (ACCESS_VIOLATION) or not
 * (ACCESS_NOT_MAPPED). */
enum access_outcome guarded_read(uintptr_t address, unsigned char *out, size_t len, struct access_fault *fault);
enum access_outcome guarded_write(uintptr_t address, const unsigned char *data, size_t len, struct access_fault *fault);

#endif
