package org.rtkconformance.reference.model;

import java.util.function.LongPredicate;

import org.rtkconformance.reference.rules.ReferenceRules;

/**
 * How handles, views and objects come and go: granting a handle (a reference), mapping and unmapping
 * views, closing a handle, destroying an object at its last reference (D-15), and reclaiming what a
 * caller or an instance held (D-14, D-16).
 */
final class Lifecycle {

    private final RtssState state;
    private final ReferenceRules rules;

    Lifecycle(RtssState state) {
        this.state = state;
        this.rules = state.rules;
    }

    /** Opens a new handle of {@code caller} to {@code object}: one more reference. */
    HandleEntry grant(CallerState caller, RtssObject object, long instance, View view) {
        long value = caller.handles().nextValue(rules.reusesHandleValues(), state::nextHandleValue);
        HandleEntry entry = new HandleEntry(value, object, instance, view);
        caller.handles().add(entry);
        object.addHandle();
        return entry;
    }

    /** Maps a view of {@code object} for {@code caller}, or reuses the caller's matching view (D-18.B). */
    View map(CallerState caller, RtssObject object, boolean writable, long instance) {
        return caller.views().reusable(object, writable).filter(view -> rules.reusesViews())
                .map(View::withAnotherMapping).orElseGet(() -> newView(caller, object, writable, instance));
    }

    private View newView(CallerState caller, RtssObject object, boolean writable, long instance) {
        View view = new View(caller.views(), state.addresses.reserve(object.size()), rules.extent(object.size()),
                object, writable, instance);
        caller.views().add(view);
        object.views().add(view);
        return view;
    }

    /** Drops one mapping of {@code view}; at the last, unmaps it, which may end its object (D-15.B). */
    void unmap(View view) {
        if (view.dropMapping()) {
            remove(view);
        }
    }

    /** Closes {@code entry}: one reference less; at the last, the object is destroyed (D-15). */
    void close(CallerState caller, HandleEntry entry) {
        caller.handles().remove(entry);
        View view = entry.view();
        if (rules.closeReleasesView() && view != null && view.isMapped()) {
            unmap(view);
        }
        RtssObject object = entry.object();
        object.removeHandle();
        if (object.handleCount() == 0 && (object.views().isEmpty() || !rules.viewsKeepObjectAlive())) {
            destroy(object);
        }
    }

    /**
     * Releases what {@code caller} holds through the instances {@code instance} accepts: its views if
     * {@code views}, then its handles if {@code handles} (the Remarks' order: unmap, then close).
     */
    void reclaim(CallerState caller, LongPredicate instance, boolean views, boolean handles) {
        for (View view : caller.views().all()) {
            if (views && instance.test(view.instance())) {
                view.unmapAll();
                remove(view);
            }
        }
        for (HandleEntry entry : caller.handles().all()) {
            if (handles && instance.test(entry.instance())) {
                close(caller, entry);
            }
        }
    }

    private void remove(View view) {
        view.owner().remove(view);
        RtssObject object = view.object();
        object.views().remove(view);
        if (object.handleCount() == 0 && object.views().isEmpty()) {
            destroy(object);
        }
    }

    /** Ends {@code object}: its name is free at once, its views are unmapped, its memory returns to the pool. */
    private void destroy(RtssObject object) {
        if (object.key() != null) {
            state.namespace.unregister(object);
        }
        state.liveObjects.remove(object);
        for (View view : object.views()) {
            view.unmapAll();
            view.owner().remove(view);
        }
        object.views().clear();
        state.pool.give(object.memory().length);
    }
}
