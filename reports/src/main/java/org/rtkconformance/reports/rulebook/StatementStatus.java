package org.rtkconformance.reports.rulebook;

import org.rtkconformance.reports.verdict.StatementState;

import java.util.Locale;

/**
 * Where a statement stands in the rule book: its coverage by scenarios, then, for a statement with
 * scenarios, the kit's one roll-up rule ({@link org.rtkconformance.reports.verdict.StatementRollup}).
 */
public enum StatementStatus {
    /** An applicable scenario of it failed: the backend does not conform. */
    FAIL("FAIL"),
    /** Nothing failed, but an applicable scenario did not run or could not decide, or none applies. */
    NOT_VERIFIED("NOT_VERIFIED"),
    /** Every applicable scenario of it ran and passed. */
    PASS("PASS"),
    /** No scenario checks it, and the catalog does not say why: a gap. */
    UNTRACED("untraced"),
    /** The catalog says why no scenario checks it. */
    UNTESTED("untested"),
    /** Kept only so that its id is never reused. */
    WITHDRAWN("withdrawn");

    private final String label;

    StatementStatus(String label) {
        this.label = label;
    }

    /** The word shown in the rule book. */
    public String label() {
        return label;
    }

    /** The CSS class of its badge. */
    public String cssClass() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The status a roll-up gives. */
    public static StatementStatus of(StatementState state) {
        return valueOf(state.name());
    }
}
