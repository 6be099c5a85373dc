package org.rtkconformance.reports.verdict;

import java.util.Locale;

/** Where a statement stands on one backend under the roll-up rule of {@link StatementRollup}. */
public enum StatementState {
    /** An applicable scenario of it failed (or failed under a waiver: XFAIL). */
    FAIL,
    /** Nothing failed, but it is not fully checked: an applicable scenario did not run or could not decide. */
    NOT_VERIFIED,
    /** Every applicable scenario of it ran and passed, and at least one applies. */
    PASS,
    /** The catalog says why no scenario checks it. */
    UNTESTED;

    /** The CSS class of its badge in the HTML pages. */
    public String cssClass() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
