package org.rtkconformance.selftest.sweep;

import java.util.Objects;
import java.util.Optional;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.adapter.api.discovery.BackendSelection;
import org.rtkconformance.steps.run.ConformanceRun;

/**
 * The one backend the kit selects in a sweep JVM; it stands for whichever target the current launch runs
 * (the reference or a mutant). The kit picks its provider once per JVM ({@code -Drtk.backend}), but asks
 * it for the manifest and a session at every scenario, so swapping the target between launches retargets
 * the whole suite without touching the glue. Registered only on the sweep JVM's class path, never in a jar.
 */
public final class SweepDispatchProvider implements BackendProvider {

    private static volatile BackendProvider target;

    /** Required by {@link java.util.ServiceLoader}. */
    public SweepDispatchProvider() {
    }

    /** Makes every later scenario of this JVM run against {@code provider}. */
    public static void target(BackendProvider provider) {
        target = Objects.requireNonNull(provider, "provider");
    }

    /**
     * Makes the kit select the dispatcher, aimed at {@code first}: the kit chooses its provider once per JVM,
     * by id, so {@code first}'s id is named and the choice is checked rather than assumed.
     *
     * @throws IllegalStateException when the kit chose another provider (the dispatcher is not registered)
     */
    public static void select(BackendProvider first) {
        target(first);
        System.setProperty(BackendSelection.PROPERTY, first.manifest().id());
        BackendProvider chosen = ConformanceRun.current().provider();
        if (!(chosen instanceof SweepDispatchProvider)) {
            throw new IllegalStateException("The kit selected " + chosen + " instead of the sweep's dispatcher: is "
                    + SweepFork.SERVICES + " on the class path (SweepFork puts it there)?");
        }
    }

    private static BackendProvider current() {
        BackendProvider chosen = target;
        if (chosen == null) {
            throw new IllegalStateException("The sweep's dispatch backend has no target: MutantSweep sets one before"
                    + " every launch; it is not meant to be selected with -Drtk.backend by hand");
        }
        return chosen;
    }

    @Override
    public BackendManifest manifest() {
        return current().manifest();
    }

    @Override
    public Optional<String> unavailableReason() {
        return current().unavailableReason();
    }

    @Override
    public Backend start(BackendContext context) {
        return current().start(context);
    }
}
