package org.rtkconformance.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

import org.rtkconformance.adapter.api.ApiVersion;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.reference.model.RtssWorld;
import org.rtkconformance.reference.rules.Readings;
import org.rtkconformance.reference.rules.ReferenceRules;

/**
 * The reference backend ({@value #ID}), registered for {@link java.util.ServiceLoader}; its readings come
 * from {@value #READINGS_PROPERTY} (for example {@code -Drtk.reference.readings=D-6.B,D-1.A}) on top of the
 * defaults. {@link #withRules} makes a backend with other rules under another id: the way to build a mutant.
 */
public final class ReferenceBackendProvider implements BackendProvider {

    /** The id {@code -Drtk.backend} selects the reference by. */
    public static final String ID = "reference";
    /** The system property that selects the reference's readings. */
    public static final String READINGS_PROPERTY = "rtk.reference.readings";

    private final String id;
    private ReferenceRules rules;
    private BackendManifest manifest;

    /** The reference with the readings {@value #READINGS_PROPERTY} selects, read when first needed. */
    public ReferenceBackendProvider() {
        this(ID, null);
    }

    private ReferenceBackendProvider(String id, ReferenceRules rules) {
        this.id = id;
        this.rules = rules;
    }

    /**
     * A backend following {@code rules} under {@code id}: a mutant when {@code rules} overrides a decision.
     * Its manifest declares {@code rules.readings()} and {@code rules.capabilities()}.
     */
    public static ReferenceBackendProvider withRules(String id, ReferenceRules rules) {
        return new ReferenceBackendProvider(Objects.requireNonNull(id, "id"), Objects.requireNonNull(rules, "rules"));
    }

    /** The reference ({@value #ID}) with {@code readings}, whatever the system property says. */
    public static ReferenceBackendProvider withReadings(Readings readings) {
        return withRules(ID, new ReferenceRules(readings));
    }

    /**
     * The rules the backend follows.
     *
     * @throws IllegalArgumentException when {@value #READINGS_PROPERTY} is invalid, listing the valid readings
     */
    public synchronized ReferenceRules rules() {
        if (rules == null) {
            rules = new ReferenceRules(Readings.parse(System.getProperty(READINGS_PROPERTY, ""), "-D" + READINGS_PROPERTY));
        }
        return rules;
    }

    @Override
    public synchronized BackendManifest manifest() {
        if (manifest == null) {
            ReferenceRules chosen = rules();
            manifest = new BackendManifest(id, "rtk-conformance", "Executable model of RTSS shared memory (RTKAPI)",
                    version(), ApiVersion.RTX64_2013_SP1, chosen.capabilities(), chosen.readings().manifestReadings());
        }
        return manifest;
    }

    /**
     * A new isolated session.
     *
     * @throws IllegalArgumentException for an unknown setting, a bad memory limit, or readings that differ
     *                                  from the manifest's
     */
    @Override
    public ReferenceBackend start(BackendContext context) {
        ReferenceRules chosen = rules();
        SessionSettings settings = SessionSettings.of(context.settings(), id);
        settings.readings().ifPresent(text -> checkSameReadings(text, chosen.readings()));
        return new ReferenceBackend(new RtssWorld(id, chosen, settings.memoryLimit()), chosen.readings());
    }

    private void checkSameReadings(String text, Readings declared) {
        Readings asked = Readings.parse(text, "setting rtk." + id + "." + SessionSettings.READINGS);
        if (!asked.equals(declared)) {
            throw new IllegalArgumentException("The session asks for readings '" + text + "' but backend '" + id
                    + "' declares '" + declared.differencesFromDefaults() + "' (differences from the defaults) in"
                    + " its manifest, which is fixed when the provider is made: set -D" + READINGS_PROPERTY
                    + " before the run, or build the provider with ReferenceBackendProvider.withReadings");
        }
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = ReferenceBackendProvider.class.getResourceAsStream("reference.properties")) {
            properties.load(Objects.requireNonNull(in, "reference.properties is missing from the reference jar"));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("reference.properties is unreadable", unreadable);
        }
        return properties.getProperty("version");
    }

    @Override
    public String toString() {
        return "ReferenceBackendProvider[" + id + "]";
    }
}
