/* What librtkapi_rtx64.a offers beyond RtkApi.h, for the agent's hooks: view access through the driver, the Win32
 * error and detail behind a bridge failure, and the release (closing the device). */
#ifndef RTKAPI_RTX64_H
#define RTKAPI_RTX64_H

#include <stddef.h>
#include <stdint.h>

/* Opens \\.\RtkBridge; 0, or -1 with the reason in RtkRtx64LastDetail(). */
int RtkRtx64Connect(void);

/* 0 done, 1 access violation (the driver's SEH caught it), 2 not mapped / not a view of this caller. */
int RtkRtx64AccessView(int write, uintptr_t address, unsigned char *data, size_t len, char *detail,
                       size_t detail_size);
unsigned long RtkRtx64LastError(void);
const char *RtkRtx64LastDetail(void);
void RtkRtx64Release(void);

#endif
