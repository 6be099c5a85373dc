package org.rtkconformance.adapter.api;

import java.util.List;
import java.util.Optional;

/** Read-only inspection of a backend's state; the {@link Capability#INTROSPECTION} capability. */
public interface Introspection {

    /** The live object with exactly this name (compared as the backend compares names). */
    Optional<ObjectInfo> lookup(UnicodeString name);

    /** Every live object of this backend session, named or not. */
    List<ObjectInfo> liveObjects();

    /** The handles {@code caller} holds open. */
    int openHandles(Caller caller);

    /** The views {@code caller} has mapped. */
    int mappedViews(Caller caller);
}
