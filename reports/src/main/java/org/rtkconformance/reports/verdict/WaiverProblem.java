package org.rtkconformance.reports.verdict;

import org.rtkconformance.reports.expectations.Waiver;

/**
 * Something wrong with a waiver in the light of a run.
 *
 * @param blocking whether it fails the run (a notice only informs)
 */
public record WaiverProblem(Waiver waiver, Kind kind, boolean blocking, String message) {

    /** What is wrong. */
    public enum Kind {
        /** The expiry date has passed. */
        EXPIRED,
        /** The id is neither a catalog statement nor a scenario of the run. */
        NAMES_NOTHING,
        /** Certification mode: the waiver covers a required (documented) statement or scenario. */
        COVERS_REQUIRED,
        /** The waived scenarios passed (also reported as XPASS). */
        PASSED,
        /** No scenario of this run checks what the waiver names (a tag filter, or a capability not declared). */
        NOT_IN_RUN
    }
}
