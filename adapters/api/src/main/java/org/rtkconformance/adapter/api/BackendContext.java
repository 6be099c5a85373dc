package org.rtkconformance.adapter.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the kit tells a backend when it starts a session.
 *
 * @param runId      identifies the whole run (for per-run name prefixes and sweeping)
 * @param scenarioId identifies the scenario (for logs and per-scenario isolation)
 * @param settings   the backend's own settings: system properties {@code rtk.<backend id>.<key>}, keyed by {@code <key>}
 */
public record BackendContext(String runId, String scenarioId, Map<String, String> settings) {

    public BackendContext {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(scenarioId, "scenarioId");
        settings = Map.copyOf(settings);
    }

    /** The setting {@code key}, if given. */
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }
}
