package org.rtkconformance.adapter.api.discovery;

import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import org.rtkconformance.adapter.api.BackendProvider;

/**
 * Chooses the backend a run targets: the one whose id the {@value #PROPERTY} property names; without
 * the property, the only one present, or {@value #DEFAULT_ID} when several are. Any other situation
 * fails at once with the list of what is available, each with its version and where it was loaded from.
 */
public final class BackendSelection {

    /** The system property that selects the backend. */
    public static final String PROPERTY = "rtk.backend";
    /** The backend chosen when several are present and none is named. */
    public static final String DEFAULT_ID = "reference";

    private final List<BackendProvider> providers;

    private BackendSelection(List<BackendProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The providers registered on {@code loader}'s class path. */
    public static BackendSelection discover(ClassLoader loader) {
        List<BackendProvider> found = new ArrayList<>();
        ServiceLoader.load(BackendProvider.class, loader).forEach(found::add);
        return new BackendSelection(found);
    }

    /** A selection over given providers (tests, mutant sweeps). */
    public static BackendSelection of(List<BackendProvider> providers) {
        return new BackendSelection(providers);
    }

    /** Every provider found. */
    public List<BackendProvider> providers() {
        return providers;
    }

    /** The provider the system property names, or the default. */
    public BackendProvider select() {
        return select(System.getProperty(PROPERTY));
    }

    /**
     * The provider with id {@code requested}; when {@code requested} is null or blank, the only provider,
     * or the default one.
     *
     * @throws IllegalStateException listing the available backends when none matches
     */
    public BackendProvider select(String requested) {
        if (providers.isEmpty()) {
            throw new IllegalStateException("No rtk-conformance backend is on the class path: add a jar that registers "
                    + BackendProvider.class.getName() + " in META-INF/services.");
        }
        String id = requested == null || requested.isBlank() ? null : requested.trim();
        if (id == null) {
            if (providers.size() == 1) {
                return providers.get(0);
            }
            id = DEFAULT_ID;
        }
        for (BackendProvider provider : providers) {
            if (provider.id().equals(id)) {
                return provider;
            }
        }
        throw new IllegalStateException("Unknown backend '" + id + "' (-D" + PROPERTY + "="
                + id + "). Available backends:\n" + describeAll());
    }

    /** One line per provider: its id and the jar or folder it came from. */
    public String describeAll() {
        return providers.stream().map(BackendSelection::describe).collect(Collectors.joining("\n"));
    }

    /**
     * One line describing {@code provider}: its id, the version its jar declares, and where it came from. Never its
     * manifest: an agent backend's manifest starts its agent (for win32, Wine boots), which a message must not wait for.
     */
    public static String describe(BackendProvider provider) {
        Package origin = provider.getClass().getPackage();
        String version = origin == null || origin.getImplementationVersion() == null ? "" : "  " + origin.getImplementationVersion();
        return "  " + provider.id() + version + "  from " + location(provider.getClass());
    }

    private static String location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        return url == null ? "(unknown location)" : url.toString();
    }
}
