#include "namespace.h"

#include <string.h>

int rtk_sdk_valid_prefix(const char *prefix) {
    size_t len = strlen(prefix);
    if (len == 0 || len > 40) {
        return 0;
    }
    for (size_t i = 0; i < len; i++) {
        char c = prefix[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.')) {
            return 0;
        }
    }
    return 1;
}
