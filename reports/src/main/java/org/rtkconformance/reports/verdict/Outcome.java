package org.rtkconformance.reports.verdict;

import org.rtkconformance.reports.results.Verdict;

/** A scenario's result after the backend's waivers: the five result classes plus the two waived ones. */
public enum Outcome {
    /** Non-conformance that no waiver covers. */
    FAIL,
    /** The harness or backend broke, and no waiver covers it. */
    UNRESOLVED,
    /** A waived scenario passed: the waiver is out of date, which fails the run until it is removed. */
    XPASS,
    /** A failure a valid waiver covers. */
    XFAIL,
    /** A capability or API version the scenario needs is not declared. */
    UNSUPPORTED,
    /** The scenario pins a reading the backend does not declare. */
    NOT_APPLICABLE,
    /** The documented outcome was observed. */
    PASS;

    /** The outcome of a result no waiver touches. */
    public static Outcome of(Verdict verdict) {
        return valueOf(verdict.name());
    }

    /** Whether this outcome makes the run non-conformant. */
    public boolean blocks() {
        return this == FAIL || this == UNRESOLVED || this == XPASS;
    }

    /** Whether the scenario ran to an outcome about the backend. */
    public boolean ran() {
        return this != UNSUPPORTED && this != NOT_APPLICABLE;
    }
}
