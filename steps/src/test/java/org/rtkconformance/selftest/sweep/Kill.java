package org.rtkconformance.selftest.sweep;

/** What the suite did to one mutant. */
public enum Kill {
    /** A scenario tagged with the mutant's statement (or reading) failed, and its message names the statement. */
    KILLED_BY_OWN_STATEMENT,
    /** Only scenarios of other statements failed: the mutant's own statement is not really checked. */
    KILLED_ELSEWHERE,
    /** No scenario failed. */
    SURVIVED
}
