#include "manifest.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const KNOWN_APIS[] = {"RTX64_2013", "RTX64_2013_SP1", "RTX64_2014", "RTX64_2015", "RTX64_2016",
                                         "RTX64_3", "RTX64_4", "WRTOS_1", NULL};

/* Each capability an agent may declare, and the hook it needs (NULL: the SDK or the vendor's RtkApi.h gives it).
 * ATTACH_EX and NATIVE_HEADER are never carried by HELLO (docs/agent-protocol.md §5). */
struct capability_rule {
    const char *name;
    const char *needs;
};
static const struct capability_rule CAPABILITIES[] = {
    {"MULTIPLE_CALLERS", NULL}, {"VIEW_ACCESS", NULL}, {"CALLER_TERMINATION", NULL}, {"UNMAP", NULL},
    {"INTROSPECTION", "list_held"}, {"FAULT_INJECTION", "inject_fault"}, {"IRQL_CONTROL", "set_irql"},
    {"NAMED_OBJECTS_OF_OTHER_KINDS", "create_named_object"}, {NULL, NULL}};

static const char *const FLAGS[] = {"--id", "--vendor", "--product", "--version", "--api", "--caps", "--readings"};

static const char **field_of(struct rtk_agent_manifest *manifest, const char *key) {
    const char **fields[] = {&manifest->id, &manifest->vendor, &manifest->product, &manifest->version,
                             &manifest->api, &manifest->capabilities, &manifest->readings};
    for (size_t i = 0; i < sizeof FLAGS / sizeof FLAGS[0]; i++) {
        if (strcmp(key, FLAGS[i] + 2) == 0 || (strcmp(key, "capabilities") == 0 && i == 5)) {
            return fields[i];
        }
    }
    return NULL;
}

int rtk_sdk_manifest_take_flag(int argc, char **argv, int *index, struct rtk_agent_manifest *flags, const char **file) {
    const char *arg = argv[*index];
    if (strncmp(arg, "--", 2) != 0) {
        return 0;
    }
    const char **field = strcmp(arg, "--manifest") == 0 ? file : field_of(flags, arg + 2);
    if (field == NULL || strcmp(arg, "--capabilities") == 0) {
        return 0;
    }
    if (*index + 1 >= argc) {
        fprintf(stderr, "rtk agent: %s needs a value\n", arg);
        return -1;
    }
    if (*field != NULL) {
        fprintf(stderr, "rtk agent: %s given twice\n", arg);
        return -1;
    }
    *field = argv[++*index];
    return 1;
}

static void trim(char *text) {
    size_t len = strlen(text);
    while (len > 0 && isspace((unsigned char) text[len - 1])) {
        text[--len] = '\0';
    }
    size_t start = 0;
    while (isspace((unsigned char) text[start])) {
        start++;
    }
    memmove(text, text + start, len - start + 1);
}

/* key = value lines; '#' starts a comment line. Values are copied into storage that lives as long as the agent. */
static int read_file(const char *path, struct rtk_agent_manifest *out) {
    FILE *file = fopen(path, "r");
    if (file == NULL) {
        fprintf(stderr, "rtk agent: --manifest %s: %s\n", path, strerror(errno));
        return -1;
    }
    char line[1024];
    int number = 0;
    int status = 0;
    while (status == 0 && fgets(line, sizeof line, file) != NULL) {
        number++;
        if (strchr(line, '\n') == NULL && !feof(file)) {
            fprintf(stderr, "rtk agent: --manifest %s:%d: line longer than %zu bytes\n", path, number, sizeof line - 2);
            status = -1;
            break;
        }
        trim(line);
        if (line[0] == '\0' || line[0] == '#') {
            continue;
        }
        char *equals = strchr(line, '=');
        if (equals == NULL) {
            fprintf(stderr, "rtk agent: --manifest %s:%d: expected key = value\n", path, number);
            status = -1;
            break;
        }
        *equals = '\0';
        char *key = line, *value = equals + 1;
        trim(key);
        trim(value);
        const char **field = field_of(out, key);
        if (field == NULL) {
            fprintf(stderr, "rtk agent: --manifest %s:%d: unknown key '%s' (known: id, vendor, product, version, api,"
                    " caps, readings)\n", path, number, key);
            status = -1;
        } else if (*field != NULL) {
            fprintf(stderr, "rtk agent: --manifest %s:%d: '%s' given twice\n", path, number, key);
            status = -1;
        } else {
            char *copy = malloc(strlen(value) + 1);
            if (copy == NULL) {
                fprintf(stderr, "rtk agent: --manifest %s: out of memory\n", path);
                status = -1;
            } else {
                *field = memcpy(copy, value, strlen(value) + 1);
            }
        }
    }
    fclose(file);
    return status;
}

static int copy_field(char *to, size_t size, const char *value, const char *name) {
    if (strlen(value) >= size) {
        fprintf(stderr, "rtk agent: manifest %s is longer than %zu bytes\n", name, size - 1);
        return -1;
    }
    memcpy(to, value, strlen(value) + 1);
    return 0;
}

static const char *first(const char *a, const char *b, const char *c, const char *fallback) {
    return a != NULL ? a : b != NULL ? b : c != NULL ? c : fallback;
}

static int hook_present(const struct rtk_agent_hooks *hooks, const char *hook) {
    if (hook == NULL) return 1;
    if (strcmp(hook, "list_held") == 0) return hooks->list_held != NULL;
    if (strcmp(hook, "inject_fault") == 0) return hooks->inject_fault != NULL;
    if (strcmp(hook, "set_irql") == 0) return hooks->set_irql != NULL;
    return hooks->create_named_object != NULL;
}

/* The default: every capability the SDK gives, plus those whose hook the vendor defined. */
static void default_capabilities(const struct rtk_agent_hooks *hooks, char *out, size_t size) {
    out[0] = '\0';
    for (const struct capability_rule *rule = CAPABILITIES; rule->name != NULL; rule++) {
        if (hook_present(hooks, rule->needs)) {
            snprintf(out + strlen(out), size - strlen(out), "%s%s", out[0] ? "," : "", rule->name);
        }
    }
}

static int check_capabilities(const struct rtk_agent_hooks *hooks, const char *list) {
    if (strcmp(list, "-") == 0) {
        return 0;
    }
    char copy[512];
    snprintf(copy, sizeof copy, "%s", list);
    for (char *name = copy, *next; name != NULL; name = next) {
        next = strchr(name, ',');
        if (next != NULL) {
            *next++ = '\0';
        }
        const struct capability_rule *rule = CAPABILITIES;
        while (rule->name != NULL && strcmp(rule->name, name) != 0) {
            rule++;
        }
        if (rule->name == NULL) {
            fprintf(stderr, "rtk agent: capability '%s' is not one an agent can declare (MULTIPLE_CALLERS, VIEW_ACCESS,"
                    " CALLER_TERMINATION, UNMAP, INTROSPECTION, FAULT_INJECTION, IRQL_CONTROL,"
                    " NAMED_OBJECTS_OF_OTHER_KINDS)\n", name);
            return -1;
        }
        if (!hook_present(hooks, rule->needs)) {
            fprintf(stderr, "rtk agent: capability %s needs the hook rtk_agent_hooks.%s, which this agent does not"
                    " define\n", name, rule->needs);
            return -1;
        }
    }
    return 0;
}

/* D-<n>.<LETTER>, comma-separated, or "-". The catalog knows which exist; the kit refuses unknown ones at HELLO. */
static int check_readings(const char *list) {
    if (strcmp(list, "-") == 0) {
        return 0;
    }
    const char *p = list;
    for (;;) {
        int digits = 0;
        if (p[0] != 'D' || p[1] != '-') break;
        p += 2;
        while (isdigit((unsigned char) *p)) { p++; digits++; }
        if (digits == 0 || digits > 3 || *p != '.' || !isupper((unsigned char) p[1])) break;
        p += 2;
        if (*p == '\0') return 0;
        if (*p != ',') break;
        p++;
    }
    fprintf(stderr, "rtk agent: readings '%s': expected D-<n>.<LETTER>[,...] or -\n", list);
    return -1;
}

static int check_id(const char *id) {
    size_t len = strlen(id);
    int ok = len >= 1 && len <= 40;
    for (size_t i = 0; ok && i < len; i++) {
        ok = islower((unsigned char) id[i]) || isdigit((unsigned char) id[i]) || id[i] == '-';
    }
    if (!ok) {
        fprintf(stderr, "rtk agent: id '%s': expected [a-z0-9-]{1,40}\n", id);
    }
    return ok ? 0 : -1;
}

static int check_api(const char *api) {
    for (const char *const *known = KNOWN_APIS; *known != NULL; known++) {
        if (strcmp(api, *known) == 0) {
            return 0;
        }
    }
    fprintf(stderr, "rtk agent: api '%s' is not an ApiVersion (RTX64_2013, RTX64_2013_SP1, RTX64_2014, RTX64_2015,"
            " RTX64_2016, RTX64_3, RTX64_4, WRTOS_1)\n", api);
    return -1;
}

int rtk_sdk_manifest_compose(const struct rtk_agent_hooks *hooks, const char *file, const struct rtk_agent_manifest *flags,
                     struct agent_manifest *out) {
    struct rtk_agent_manifest from_file = {0};
    if (file != NULL && read_file(file, &from_file) != 0) {
        return -1;
    }
    const struct rtk_agent_manifest *h = &hooks->manifest;
    char defaults[512];
    default_capabilities(hooks, defaults, sizeof defaults);
    if (copy_field(out->id, sizeof out->id, first(flags->id, from_file.id, h->id, "agent"), "id") != 0
        || copy_field(out->vendor, sizeof out->vendor, first(flags->vendor, from_file.vendor, h->vendor, "unknown"),
                      "vendor") != 0
        || copy_field(out->product, sizeof out->product,
                      first(flags->product, from_file.product, h->product, "unknown"), "product") != 0
        || copy_field(out->version, sizeof out->version, first(flags->version, from_file.version, h->version, "0"),
                      "version") != 0
        || copy_field(out->api, sizeof out->api, first(flags->api, from_file.api, h->api, "RTX64_2013_SP1"), "api") != 0
        || copy_field(out->capabilities, sizeof out->capabilities,
                      first(flags->capabilities, from_file.capabilities, h->capabilities, defaults), "caps") != 0
        || copy_field(out->readings, sizeof out->readings,
                      first(flags->readings, from_file.readings, h->readings, "-"), "readings") != 0) {
        return -1;
    }
    if (out->capabilities[0] == '\0') {
        snprintf(out->capabilities, sizeof out->capabilities, "-");
    }
    return check_id(out->id) != 0 || check_api(out->api) != 0 || check_capabilities(hooks, out->capabilities) != 0
           || check_readings(out->readings) != 0 ? -1 : 0;
}

int rtk_sdk_manifest_declares(const struct agent_manifest *manifest, const char *capability) {
    size_t len = strlen(capability);
    for (const char *p = manifest->capabilities; (p = strstr(p, capability)) != NULL; p += len) {
        if ((p == manifest->capabilities || p[-1] == ',') && (p[len] == ',' || p[len] == '\0')) {
            return 1;
        }
    }
    return 0;
}
