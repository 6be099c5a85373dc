package org.rtkconformance.reference.model;

import org.rtkconformance.adapter.api.RtkConstants;

/** One caller's share of the world: its handle table, its views, the IRQL it calls at, and whether it was terminated. */
public final class CallerState {

    private final String name;
    private final HandleTable handles = new HandleTable();
    private final ViewTable views = new ViewTable();
    private int irql = RtkConstants.PASSIVE_LEVEL;
    private boolean terminated;

    CallerState(String name) {
        this.name = name;
    }

    /** The name the scenario gave the caller. */
    public String name() {
        return name;
    }

    HandleTable handles() {
        return handles;
    }

    ViewTable views() {
        return views;
    }

    int irql() {
        return irql;
    }

    void setIrql(int value) {
        irql = value;
    }

    boolean isTerminated() {
        return terminated;
    }

    void markTerminated() {
        terminated = true;
    }
}
