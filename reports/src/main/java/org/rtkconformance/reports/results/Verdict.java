package org.rtkconformance.reports.results;

/** The result taxonomy of {@code docs/architecture.md}; worse verdicts come first. */
public enum Verdict {
    /** Non-conformance: an assertion about the backend failed. */
    FAIL,
    /** The harness or the backend broke; nothing is known about conformance. */
    UNRESOLVED,
    /** The scenario needs a capability or API version the backend does not declare. */
    UNSUPPORTED,
    /** The scenario pins a reading the backend does not declare. */
    NOT_APPLICABLE,
    /** The documented outcome was observed. */
    PASS;

    /** Whether this verdict makes a run non-conforming or inconclusive. */
    public boolean blocksConformance() {
        return this == FAIL || this == UNRESOLVED;
    }
}
