package org.rtkconformance.reports.kit;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.adapter.agent.AgentBackendProvider;
import org.rtkconformance.reports.input.ReportInputException;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Starts the chosen backend once before the suite, so that a backend that cannot start (no agent command, an
 * agent that exits at once, a refused TCP token) or a setting it refuses stops the run at once with its
 * reason, instead of making every scenario UNSUPPORTED after the whole run: a backend that does not start is
 * not a missing capability.
 */
final class BackendPreflight {

    private BackendPreflight() {
    }

    /**
     * @param settings the {@code -s} settings, as each session would get them
     * @throws ReportInputException naming the backend (or the setting) and the reason
     */
    static void check(BackendProvider provider, Map<String, String> settings) {
        String id = provider.manifest().id();
        if (provider instanceof AgentBackendProvider agent) {
            // An agent backend ignores keys it does not read; a misspelt one would silently judge the run without it.
            Set<String> unknown = new TreeSet<>(settings.keySet());
            unknown.removeAll(agent.settingKeys());
            if (!unknown.isEmpty()) {
                throw new ReportInputException("-s " + String.join(", ", unknown), "backend " + id + " has no such setting; "
                        + "it reads " + String.join(", ", new TreeSet<>(agent.settingKeys())));
            }
        }
        provider.unavailableReason().ifPresent(reason -> {
            throw new ReportInputException("--backend " + id, "cannot start: " + reason);
        });
        try (Backend session = provider.start(new BackendContext("preflight-" + ProcessHandle.current().pid(),
                "preflight", settings))) {
            // Started and closed: the settings were accepted and the transport works; scenarios start their own.
        } catch (IllegalArgumentException e) {
            throw new ReportInputException("-s (settings of backend " + id + ")", e.getMessage());
        } catch (RuntimeException e) {
            throw new ReportInputException("--backend " + id, "cannot start: " + e.getMessage());
        }
    }
}
