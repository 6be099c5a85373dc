package org.rtkconformance.selftest.sweep;

import java.util.List;
import java.util.Map;

/**
 * The sweep's finding for one mutant, as {@code sweep.json} stores it.
 *
 * @param id           the mutant's id
 * @param violates     the statement or reading it breaks
 * @param description  what it does wrong
 * @param knownGap     why it is expected to survive, or {@code null}
 * @param kill         what the suite did to it
 * @param ownKillers   the failed scenarios that count as a kill by its own statement
 * @param otherKillers the other failed scenarios (at most ten are kept)
 * @param failsByTag   for every statement and reading tag, how many failed scenarios carry it
 * @param tally        the result classes of the mutant's launch, {@code PASS=.. FAIL=..} (a survivor with
 *                     UNRESOLVED scenarios points at a broken harness, not at a weak scenario)
 */
public record MutantResult(String id, String violates, String description, String knownGap, Kill kill,
                           List<String> ownKillers, List<String> otherKillers, Map<String, Integer> failsByTag,
                           String tally) {

    public MutantResult {
        ownKillers = List.copyOf(ownKillers);
        otherKillers = List.copyOf(otherKillers);
        failsByTag = Map.copyOf(failsByTag);
    }

    /** Whether the result is what the self-test accepts: killed by its own statement, or surviving a declared gap. */
    public boolean acceptable() {
        return knownGap == null ? kill == Kill.KILLED_BY_OWN_STATEMENT : kill == Kill.SURVIVED;
    }
}
