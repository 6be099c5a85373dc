package org.rtkconformance.explore;

import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.reference.ReferenceBackendProvider;
import org.rtkconformance.reference.rules.Readings;

/** Times one exploration of a backend against the reference with its readings, for the benchmark harness. */
public final class ExplorationBench {

    /** What one timed exploration did. */
    public record Figures(long operations, int sequences, double seconds, String divergence) {

        public double perSecond() {
            return seconds > 0 ? operations / seconds : 0;
        }

        public double microsPerOperation() {
            return operations > 0 ? seconds * 1e6 / operations : 0;
        }
    }

    private ExplorationBench() {
    }

    /** The reference with its default readings. */
    public static BackendProvider reference() {
        return ReferenceBackendProvider.withReadings(Readings.defaults());
    }

    /**
     * Explores {@code backend} for {@code operations} (seed 5, which reaches no known posix finding) in sequences of {@code sequenceLength} actions,
     * shrinking excluded from the time.
     */
    public static Figures run(BackendProvider backend, long operations, int sequenceLength) {
        ExplorationResult result = new Explorer(backend, ReferenceOracle.of(backend))
                .explore(new Explorer.Settings(5, operations, sequenceLength, 0));
        return new Figures(result.operations(), result.sequences(), result.exploreSeconds(),
                result.finding().map(f -> "diverged: " + f.minimal().last()).orElse("no divergence"));
    }
}
