package org.rtkconformance.adapter.api;

import java.util.Optional;

/**
 * The service a backend registers in {@code META-INF/services/org.rtkconformance.adapter.api.BackendProvider}:
 * a manifest and a factory of isolated sessions. Loaded with {@link java.util.ServiceLoader}.
 */
public interface BackendProvider {

    /** What the backend declares about itself; stable for the provider's lifetime. */
    BackendManifest manifest();

    /**
     * The id {@code -Drtk.backend} selects this backend by, equal to {@code manifest().id()}. Selection asks this, not
     * the manifest, so a provider whose manifest is expensive (it starts an agent, or boots Wine) overrides it and
     * is not started when another backend is chosen.
     */
    default String id() {
        return manifest().id();
    }

    /**
     * Why the backend cannot run on this machine (no compiler, no agent binary), or empty when it can.
     * A backend that is unavailable makes every scenario UNSUPPORTED with this reason.
     */
    default Optional<String> unavailableReason() {
        return Optional.empty();
    }

    /** Starts one isolated session, normally one per scenario. */
    Backend start(BackendContext context);
}
