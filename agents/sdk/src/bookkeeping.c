#include "bookkeeping.h"

#include "view_bounds.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct held {
    RTSSINST instance;
    uintptr_t value; /* a HANDLE, a view's base, or the instance itself */
    struct mapping_identity mapping; /* views only: what the OS said the view's mapping was when it came */
};

/* A growable list; a caller holds at most a few thousand entries, so linear scans are cheap. */
struct held_list {
    struct held *items;
    size_t count;
    size_t capacity;
};

static struct held_list instances, handles, views;

static void add(struct held_list *list, RTSSINST instance, uintptr_t value) {
    if (list->count == list->capacity) {
        size_t capacity = list->capacity ? list->capacity * 2 : 64;
        struct held *grown = realloc(list->items, capacity * sizeof *grown);
        if (grown == NULL) {
            fputs("rtk agent: out of memory keeping the caller's handles\n", stderr);
            exit(70);
        }
        list->items = grown;
        list->capacity = capacity;
    }
    list->items[list->count].instance = instance;
    list->items[list->count].value = value;
    memset(&list->items[list->count].mapping, 0, sizeof list->items[list->count].mapping);
    list->count++;
}

static void remove_at(struct held_list *list, size_t index) {
    memmove(&list->items[index], &list->items[index + 1], (list->count - index - 1) * sizeof list->items[0]);
    list->count--;
}

/* Removes the first entry with this value (and this instance unless any_instance). */
static void remove_value(struct held_list *list, RTSSINST instance, uintptr_t value, int any_instance) {
    for (size_t i = 0; i < list->count; i++) {
        if (list->items[i].value == value && (any_instance || list->items[i].instance == instance)) {
            remove_at(list, i);
            return;
        }
    }
}

static void remove_instance(struct held_list *list, RTSSINST instance) {
    for (size_t i = list->count; i-- > 0;) {
        if (list->items[i].instance == instance) {
            remove_at(list, i);
        }
    }
}

void rtk_sdk_book_attached(RTSSINST instance) {
    add(&instances, instance, (uintptr_t) instance);
}

void rtk_sdk_book_detached(RTSSINST instance) {
    remove_instance(&views, instance);
    remove_instance(&handles, instance);
    remove_value(&instances, instance, (uintptr_t) instance, 0);
}

void rtk_sdk_book_opened(RTSSINST instance, HANDLE handle, void *location) {
    add(&handles, instance, (uintptr_t) handle);
    add(&views, instance, (uintptr_t) location);
    if (!rtk_sdk_mapping_identity((uintptr_t) location, &views.items[views.count - 1].mapping)) {
        /* not mapped at all (a vendor's fake location): no memory is ever taken for this view */
        views.items[views.count - 1].mapping.start = UINTPTR_MAX;
    }
}

void rtk_sdk_book_closed(RTSSINST instance, HANDLE handle) {
    remove_value(&handles, instance, (uintptr_t) handle, 0);
}

/* A view is unmapped whichever instance the caller named: the memory is gone either way. */
void rtk_sdk_book_unmapped(RTSSINST instance, void *location) {
    remove_value(&views, instance, (uintptr_t) location, 1);
}

size_t rtk_sdk_book_view_count(void) {
    return views.count;
}

const struct mapping_identity *rtk_sdk_book_view_identity(size_t index) {
    return &views.items[index].mapping;
}

void rtk_sdk_book_release_everything(void) {
    for (size_t i = 0; i < views.count; i++) {
        RtkUnMapSharedMemory(views.items[i].instance, (VOID *) views.items[i].value);
    }
    for (size_t i = 0; i < handles.count; i++) {
        RtkCloseHandle(handles.items[i].instance, (HANDLE) handles.items[i].value);
    }
    for (size_t i = 0; i < instances.count; i++) {
        RtkRtssDetach(instances.items[i].instance);
    }
    views.count = handles.count = instances.count = 0;
}
