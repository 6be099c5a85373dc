/* What librtkapi_win32.a offers beyond RtkApi.h, for the agent that wraps it: the object namespace, the Win32 error
 * behind the last call, the caller's tables (for LIST, READ and WRITE), the other named kinds, and the release at
 * the end. Not installed. */
#ifndef RTKAPI_WIN32_H
#define RTKAPI_WIN32_H

#include "RtkApi.h"
#include "win32_tables.h"

/* Sets the run prefix every named object of this process lives under ([a-z0-9.]{1,40}); 0, or -1 if invalid. */
int RtkWin32SetNamespace(const char *prefix);

/* The Win32 error (GetLastError) behind the last call's status, 0 when none, and why it failed, or NULL. */
unsigned long RtkWin32LastError(void);
const char *RtkWin32LastDetail(void);

/* This process's instances, handles and views (read-only for the agent; the calls keep them). */
const struct win32_tables *RtkWin32Tables(void);

/* Creates a named event, mutex or semaphore (for D-7: a name that belongs to another kind) under an instance. */
NTSTATUS RtkWin32CreateNamedObject(RTSSINST RtssInst, enum object_kind kind, PUNICODE_STRING Name, PHANDLE Handle);

/* One object this process holds handles or views on, summed over its handles and views (for LIST). */
struct RtkWin32HeldObject {
    const char *key;           /* "n.<name units in hex>" or "u.<pid>.<n>": equal in every process holding it */
    uint64_t size;             /* as the system reports it (NtQuerySection) */
    int handles;
    int views;
    const uint16_t *units;     /* the RTX name, NULL when unnamed */
    size_t unit_count;
    enum object_kind kind;
};

/* Calls sink once per held object; 0. */
int RtkWin32ListHeld(void (*sink)(void *context, const struct RtkWin32HeldObject *object), void *context);

/* Unmaps every view and closes every handle, as process termination would. */
void RtkWin32ReleaseEverything(void);

#endif
