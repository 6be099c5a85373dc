/* All the glue between naive_shm and the rtk-conformance agent SDK. */
#define _GNU_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "naive_shm.h"
#include "rtk_agent.h"

/* The kit's namespace becomes naive_shm's own name prefix, under rtk. so a run's leftovers are visible. */
static int set_namespace(const char *kit_prefix) {
    char prefix[80];
    snprintf(prefix, sizeof prefix, "rtk.naive.%s.", kit_prefix);
    return naive_shm_set_prefix(prefix);
}

/* naive_shm cannot tell held from unheld objects: this removes every object under the prefix. */
static int sweep(const char *kit_prefix) {
    char start[80], path[400];
    snprintf(start, sizeof start, "rtk.naive.%s%s", kit_prefix ? kit_prefix : "", kit_prefix ? "." : "");
    DIR *shm = opendir("/dev/shm");
    int removed = 0;
    for (struct dirent *entry; shm != NULL && (entry = readdir(shm)) != NULL;) {
        snprintf(path, sizeof path, "/dev/shm/%s", entry->d_name);
        if (strncmp(entry->d_name, start, strlen(start)) == 0 && unlink(path) == 0) removed++;
    }
    if (shm != NULL) closedir(shm);
    return removed;
}

const struct rtk_agent_hooks rtk_agent_hooks = {
    .manifest = {.id = "naive-shm", .vendor = "Example Vendor", .product = "naive_shm", .version = "1.0"},
    .set_namespace = set_namespace,
    .sweep = sweep,
    .last_native_code = naive_shm_last_error,
};
