package org.rtkconformance.reference.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The views one caller has mapped, by base address: its address space as far as the model is concerned. */
final class ViewTable {

    private final TreeMap<Long, View> byBase = new TreeMap<>(Long::compareUnsigned);

    void add(View view) {
        byBase.put(view.base(), view);
    }

    void remove(View view) {
        byBase.remove(view.base());
    }

    /** The view whose base is exactly {@code address}. */
    Optional<View> atBase(long address) {
        return Optional.ofNullable(byBase.get(address));
    }

    /** The view whose accessible part contains {@code address}. */
    Optional<View> containing(long address) {
        Map.Entry<Long, View> below = byBase.floorEntry(address);
        return below == null ? Optional.empty() : Optional.of(below.getValue()).filter(view -> view.contains(address));
    }

    /** A view of {@code object} with the given protection, for reuse by a re-open (D-18.B). */
    Optional<View> reusable(RtssObject object, boolean writable) {
        return byBase.values().stream().filter(view -> view.object() == object && view.writable() == writable)
                .findFirst();
    }

    List<View> all() {
        return new ArrayList<>(byBase.values());
    }

    int size() {
        return byBase.size();
    }
}
