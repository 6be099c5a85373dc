/* What this caller obtained from the vendor's library, as the SDK saw it pass through: instances from ATTACH,
 * handles and views from CREATE and OPEN. It lets READ and WRITE know which memory is a view, and BYE release
 * everything without the vendor keeping a list for the kit. It never decides an RTKAPI outcome. */
#ifndef RTK_SDK_BOOKKEEPING_H
#define RTK_SDK_BOOKKEEPING_H

#include <stddef.h>
#include <stdint.h>

#include "RtkApi.h"

void rtk_sdk_book_attached(RTSSINST instance);
/* A successful detach: the instance, and what was obtained through it, is the library's to release (D-16). */
void rtk_sdk_book_detached(RTSSINST instance);
void rtk_sdk_book_opened(RTSSINST instance, HANDLE handle, void *location);
void rtk_sdk_book_closed(RTSSINST instance, HANDLE handle);
void rtk_sdk_book_unmapped(RTSSINST instance, void *location);

/* The views not known to be unmapped, in the order they were obtained, by the identity of their mapping. */
struct mapping_identity;
size_t rtk_sdk_book_view_count(void);
const struct mapping_identity *rtk_sdk_book_view_identity(size_t index);

/* The default release at BYE: unmap every view, close every handle, detach every instance. */
void rtk_sdk_book_release_everything(void);

#endif
