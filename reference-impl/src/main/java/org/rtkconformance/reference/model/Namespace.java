package org.rtkconformance.reference.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.rtkconformance.reference.rules.NameKey;

/** The one namespace that named objects of every kind share [S4][M4], keyed as the rules compare names (D-13). */
final class Namespace {

    private final Map<NameKey, RtssObject> objects = new HashMap<>();

    Optional<RtssObject> find(NameKey key) {
        return Optional.ofNullable(objects.get(key));
    }

    void register(RtssObject object) {
        objects.put(object.key(), object);
    }

    void unregister(RtssObject object) {
        objects.remove(object.key());
    }
}
