package org.rtkconformance.explore;

import java.util.Optional;

/**
 * What one exploration did and found.
 *
 * @param backendId      the backend explored
 * @param settings       the seed and budgets
 * @param operations     the actions run in lockstep (each on both sides; skipped ones not counted)
 * @param sequences      the sequences started
 * @param exploreSeconds the time until the divergence (or the whole run when none), shrinking excluded
 * @param totalSeconds   the whole run, shrinking included
 * @param finding        the first divergence, shrunk, if any
 */
public record ExplorationResult(String backendId, Explorer.Settings settings, long operations, int sequences,
                                double exploreSeconds, double totalSeconds, Optional<Finding> finding) {

    /** Lockstep operations per second, shrinking excluded. */
    public double operationsPerSecond() {
        return exploreSeconds > 0 ? operations / exploreSeconds : 0;
    }
}
