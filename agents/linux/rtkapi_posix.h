/* What librtkapi_posix.a offers beyond RtkApi.h, for the agent that wraps it: the object namespace, the
 * POSIX detail of the last call, and the caller's tables (for LIST, READ and WRITE). Not installed. */
#ifndef RTKAPI_POSIX_H
#define RTKAPI_POSIX_H

#include "RtkApi.h"
#include "agent_tables.h"

/* Sets the run prefix every named object of this process lives under ([a-z0-9.]{1,40}); 0, or -1 if invalid.
 * Until it is set, the prefix is "default". */
int RtkPosixSetNamespace(const char *prefix);

/* The POSIX errno behind the last call's status (0 when none) and why it failed, or NULL. */
int RtkPosixLastErrno(void);
const char *RtkPosixLastDetail(void);

/* This process's instances, handles and views (read-only for the agent; the calls keep them). */
const struct agent_tables *RtkPosixTables(void);

/* D-15.A across processes: drops views of objects another caller's last close destroyed. */
void RtkPosixForgetViewsOfDestroyedObjects(void);

/* Unmaps every view and closes every handle, as process termination would. */
void RtkPosixReleaseEverything(void);

#endif
