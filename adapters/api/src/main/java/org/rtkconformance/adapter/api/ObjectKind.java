package org.rtkconformance.adapter.api;

/** The kinds of named RTSS objects that share one namespace. */
public enum ObjectKind {
    SHARED_MEMORY,
    EVENT,
    MUTEX,
    SEMAPHORE
}
