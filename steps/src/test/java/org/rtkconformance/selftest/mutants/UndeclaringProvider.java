package org.rtkconformance.selftest.mutants;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.adapter.api.Reading;

/**
 * A backend that behaves as {@code behaving} but declares no reading of some ambiguities, so the scenarios
 * pinning their readings do not apply to it: only the floors of those ambiguities can catch it.
 */
public final class UndeclaringProvider implements BackendProvider {

    private final BackendProvider behaving;
    private final BackendManifest manifest;

    /** {@code behaving} with every declared reading taken away: a backend that takes no position on any ambiguity. */
    public static UndeclaringProvider declaringNothing(BackendProvider behaving) {
        return new UndeclaringProvider(behaving, behaving.manifest().readings().keySet());
    }

    UndeclaringProvider(BackendProvider behaving, Set<String> undeclared) {
        this.behaving = behaving;
        BackendManifest full = behaving.manifest();
        Map<String, Reading> readings = new HashMap<>(full.readings());
        readings.keySet().removeAll(undeclared);
        this.manifest = new BackendManifest(full.id(), full.vendor(), full.product(), full.version(), full.apiVersion(),
                full.capabilities(), readings);
    }

    @Override
    public BackendManifest manifest() {
        return manifest;
    }

    @Override
    public Optional<String> unavailableReason() {
        return behaving.unavailableReason();
    }

    @Override
    public Backend start(BackendContext context) {
        return behaving.start(context);
    }

    @Override
    public String toString() {
        return "UndeclaringProvider[" + manifest.id() + ", declares " + manifest.readings().keySet() + "]";
    }
}
