package org.rtkconformance.steps.run;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.adapter.api.discovery.BackendSelection;

/**
 * The identity of this JVM's conformance run and the backend provider it targets. The provider is a
 * choice made once ({@code -Drtk.backend}), not scenario state: every scenario still starts its own session.
 */
public final class ConformanceRun {

    private static final ConformanceRun CURRENT = new ConformanceRun();

    private final Instant startedAt = Instant.now();
    private final String runId = "run-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC).format(startedAt) + "-" + ProcessHandle.current().pid();
    private BackendProvider provider;
    private RuntimeException selectionFailure;

    private ConformanceRun() {
    }

    /** The run of this JVM. */
    public static ConformanceRun current() {
        return CURRENT;
    }

    public String runId() {
        return runId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /**
     * The provider {@code -Drtk.backend} selects, chosen on first use.
     *
     * @throws IllegalStateException with the list of available backends when the choice fails (every time)
     */
    public synchronized BackendProvider provider() {
        if (provider == null && selectionFailure == null) {
            try {
                provider = BackendSelection.discover(ConformanceRun.class.getClassLoader()).select();
            } catch (RuntimeException failure) {
                selectionFailure = failure;
            }
        }
        if (selectionFailure != null) {
            throw selectionFailure;
        }
        return provider;
    }

    /** The settings of backend {@code id}: system properties {@code rtk.<id>.<key>}, keyed by {@code <key>}. */
    public static Map<String, String> settingsOf(String id) {
        String prefix = "rtk." + id + ".";
        Map<String, String> settings = new TreeMap<>();
        System.getProperties().stringPropertyNames().stream().filter(key -> key.startsWith(prefix))
                .forEach(key -> settings.put(key.substring(prefix.length()), System.getProperty(key)));
        return settings;
    }
}
