package org.rtkconformance.reports.verdict;

import java.util.Map;

/**
 * How a run did on one profile.
 *
 * @param counts scenarios of the profile per outcome, every outcome present
 */
public record ProfileScore(Profile profile, Status status, Map<Outcome, Integer> counts) {

    public ProfileScore {
        counts = Map.copyOf(counts);
    }

    /** The score of a profile. */
    public enum Status {
        /** Every scenario of the profile that applies ran and passed. */
        SUCCESS,
        /** Nothing failed, but some scenarios did not run (capability missing) or failed under a waiver. */
        PARTIAL,
        /** A scenario of the profile is FAIL, UNRESOLVED or XPASS. */
        FAILED
    }

    /** Scores {@code counts} (NOT_APPLICABLE scenarios do not concern the backend, so they do not count). */
    static Status score(Map<Outcome, Integer> counts) {
        if (counts.entrySet().stream().anyMatch(e -> e.getKey().blocks() && e.getValue() > 0)) {
            return Status.FAILED;
        }
        boolean incomplete = counts.get(Outcome.UNSUPPORTED) > 0 || counts.get(Outcome.XFAIL) > 0
                || counts.get(Outcome.PASS) == 0;
        return incomplete ? Status.PARTIAL : Status.SUCCESS;
    }
}
