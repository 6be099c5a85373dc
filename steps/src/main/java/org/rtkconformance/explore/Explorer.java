package org.rtkconformance.explore;

import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.adapter.api.Capability;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Differential exploration of one backend against the reference: sequence after sequence, each drawn from
 * its own seed (derived from the run's seed and its index), run in lockstep until the operation budget is
 * spent or a divergence is found; a divergence is shrunk and returned as a {@link Finding}.
 *
 * <p>Why a generator of our own rather than jqwik's action chains: the actions must be the kit's steps and
 * the shrunk sequence a scenario, the generator must consult the reference's bookkeeping to reach live
 * objects, and the explorer runs inside the CLI, where a test engine's console output and its database of
 * failed seeds would be in the way. A {@link java.util.SplittableRandom} per sequence and ddmin do the job
 * in a few hundred lines, and a seed replays exactly.
 */
public final class Explorer {

    /** What a run explores with. */
    public record Settings(long seed, long operations, int sequenceLength, int shrinkBudget) {

        public Settings {
            if (operations < 1) {
                throw new IllegalArgumentException("--operations is at least 1, not " + operations);
            }
            if (sequenceLength < 1 || sequenceLength > 10_000) {
                throw new IllegalArgumentException("--sequence-length is from 1 to 10000, not " + sequenceLength);
            }
            if (shrinkBudget < 0) {
                throw new IllegalArgumentException("the shrink budget is not negative: " + shrinkBudget);
            }
        }

        /** The defaults: sequences of 40 actions, up to 2000 lockstep runs to shrink. */
        public static Settings of(long seed, long operations) {
            return new Settings(seed, operations, 40, 2000);
        }
    }

    private final BackendProvider backend;
    private final BackendProvider reference;

    /**
     * @param backend   the backend explored
     * @param reference the reference configured with the readings {@code backend} declares
     */
    public Explorer(BackendProvider backend, BackendProvider reference) {
        this.backend = backend;
        this.reference = reference;
    }

    /** Explores within {@code settings}; never throws for what the backend does. */
    public ExplorationResult explore(Settings settings) {
        long started = System.nanoTime();
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        capabilities.addAll(backend.manifest().capabilities());
        capabilities.retainAll(reference.manifest().capabilities());
        Lockstep lockstep = new Lockstep(backend, reference, "explore-" + Long.toHexString(settings.seed()));
        long operations = 0;
        int sequence = 0;
        while (operations < settings.operations()) {
            long sequenceSeed = sequenceSeed(settings.seed(), sequence);
            ActionGenerator generator = new ActionGenerator(sequenceSeed, capabilities);
            List<Action> actions = new ArrayList<>();
            List<Observation> expected = new ArrayList<>();
            try (Lockstep.Pair pair = lockstep.start(generator.callers())) {
                for (int i = 0; i < settings.sequenceLength() && operations < settings.operations(); i++) {
                    Action action = generator.next(pair.oracleRunner);
                    Observation oracle = pair.oracleRunner.run(action);
                    Observation subject = pair.subjectRunner.run(action);
                    actions.add(action);
                    expected.add(oracle);
                    if (oracle.kind() != Observation.Kind.SKIPPED) {
                        operations++;
                    }
                    if (Observation.endsComparison(action, oracle, subject)) {
                        break;
                    }
                    if (oracle.contradictedBy(subject)) {
                        Divergence found = new Divergence(actions, expected, subject);
                        double exploreSeconds = (System.nanoTime() - started) / 1e9;
                        Shrinker shrinker = new Shrinker(lockstep, settings.shrinkBudget());
                        Divergence minimal = shrinker.shrink(found);
                        return new ExplorationResult(backend.manifest().id(), settings, operations, sequence + 1,
                                exploreSeconds, (System.nanoTime() - started) / 1e9,
                                Optional.of(new Finding(sequence, found.actions().size(), minimal, shrinker.runs())));
                    }
                }
            }
            sequence++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new ExplorationResult(backend.manifest().id(), settings, operations, sequence, seconds, seconds,
                Optional.empty());
    }

    /** The seed of sequence {@code index} of a run seeded {@code seed} (SplitMix64's finaliser, so seeds spread). */
    static long sequenceSeed(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
