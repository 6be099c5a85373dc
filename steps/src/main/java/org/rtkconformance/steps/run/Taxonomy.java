package org.rtkconformance.steps.run;

import java.util.Optional;

import org.opentest4j.TestAbortedException;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.Reading;

/**
 * Decides, before a scenario runs, whether the backend can be judged by it at all (docs/architecture.md):
 * a pinned reading it does not declare makes the scenario NOT_APPLICABLE; a newer API version than it
 * claims, or a machine it cannot run on, makes it UNSUPPORTED. Checked in that order.
 */
public final class Taxonomy {

    private Taxonomy() {
    }

    /**
     * The abort for a scenario tagged {@code tags} on the backend {@code manifest} describes, or empty when
     * the scenario applies.
     *
     * @param unavailableReason the provider's {@code unavailableReason()}
     */
    public static Optional<TestAbortedException> abortFor(ScenarioTags tags, BackendManifest manifest,
                                                          Optional<String> unavailableReason) {
        for (Reading reading : tags.readings()) {
            if (probes(manifest, reading)) {
                continue;
            }
            if (!manifest.declares(reading)) {
                Reading declared = manifest.readings().get(reading.ambiguity());
                return Optional.of(Aborts.notApplicable("the scenario pins " + reading + "; backend '" + manifest.id()
                        + "' declares " + (declared == null ? "no reading of " + reading.ambiguity() : declared)));
            }
        }
        if (tags.since().isPresent() && !manifest.apiVersion().atLeast(tags.since().get())) {
            return Optional.of(Aborts.unsupported("the behaviour needs " + tags.since().get().title() + "; backend '"
                    + manifest.id() + "' claims " + manifest.apiVersion().title()));
        }
        return unavailableReason.map(reason -> Aborts.unsupported("backend '" + manifest.id() + "' cannot run here: "
                + reason));
    }

    /**
     * The system property that switches probing off: {@code -Drtk.probe=false}. Probing is on by default
     * (issue 9: declaring less must not check less); switching it off is for diagnosing the kit only.
     */
    public static final String PROBE_PROPERTY = "rtk.probe";

    /**
     * Whether a scenario pinning {@code reading} runs as a probe: probing is not switched off and the backend declares no
     * reading of its ambiguity. The run then observes which reading the backend shows (ShownReadings).
     */
    public static boolean probes(BackendManifest manifest, Reading reading) {
        return !"false".equalsIgnoreCase(System.getProperty(PROBE_PROPERTY, "true")) && !manifest.readings().containsKey(reading.ambiguity());
    }
}
