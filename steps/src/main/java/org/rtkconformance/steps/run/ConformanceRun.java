package org.rtkconformance.steps.run;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Settings by backend id as read at the start of the current test run; see {@link #settings}. */
    private volatile Map<String, Map<String, String>> settingsRead = new ConcurrentHashMap<>();
    /** The capabilities masked for the current test run ({@code -Drtk.mask}); see {@link #mask()}. */
    private volatile CapabilityMask mask = CapabilityMask.none();

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
                provider = BackendSelection.discover(backendLoader()).select();
            } catch (RuntimeException failure) {
                selectionFailure = failure;
            }
        }
        if (selectionFailure != null) {
            throw selectionFailure;
        }
        return provider;
    }

    /**
     * Where backends are looked for: the thread's context class loader, which {@code rtk-kit run
     * --backend-jar} points at the extra jars (over the kit's own class path), else the kit's.
     */
    private static ClassLoader backendLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ConformanceRun.class.getClassLoader();
    }

    /**
     * The settings of backend {@code id} for the current test run, read on first use after
     * {@link #startTestRun()}: reading them means enumerating every system property, too slow to repeat
     * for each scenario. Unmodifiable.
     */
    public Map<String, String> settings(String id) {
        return settingsRead.computeIfAbsent(id, ConformanceRun::settingsOf);
    }

    /** A test run (one launch of the suite) begins: settings are read again, so a launch sees the properties set before it. */
    public void startTestRun() {
        settingsRead = new ConcurrentHashMap<>();
        mask = CapabilityMask.parse(System.getProperty(CapabilityMask.PROPERTY), "-D" + CapabilityMask.PROPERTY);
    }

    /** The capabilities this test run treats the backend as lacking, read at {@link #startTestRun()}. */
    public CapabilityMask mask() {
        return mask;
    }

    /** The settings of backend {@code id}: system properties {@code rtk.<id>.<key>}, keyed by {@code <key>}, read now (immutable). */
    public static Map<String, String> settingsOf(String id) {
        String prefix = "rtk." + id + ".";
        Map<String, String> settings = new TreeMap<>();
        System.getProperties().stringPropertyNames().stream().filter(key -> key.startsWith(prefix))
                .forEach(key -> settings.put(key.substring(prefix.length()), System.getProperty(key)));
        // Immutable, so that each scenario's BackendContext can take it without copying.
        return Map.copyOf(settings);
    }
}
