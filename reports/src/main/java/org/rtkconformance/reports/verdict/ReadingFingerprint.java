package org.rtkconformance.reports.verdict;

import java.util.Optional;

/**
 * For one ambiguity, the reading a backend declared and the reading its scenarios showed.
 *
 * @param ambiguity {@code D-6}
 * @param declared  the reading the backend declares ({@code D-6.A}), if any
 * @param passed    scenarios pinned to the declared reading that passed
 * @param failed    scenarios pinned to the declared reading that failed (FAIL, UNRESOLVED or XFAIL)
 */
public record ReadingFingerprint(String ambiguity, Optional<String> declared, int passed, int failed) {

    /** What the scenarios showed, compared with the declaration. */
    public Shown shown() {
        if (declared.isEmpty()) {
            return Shown.UNDECLARED;
        }
        if (failed > 0) {
            return Shown.CONTRADICTED;
        }
        return passed > 0 ? Shown.CONFIRMED : Shown.UNOBSERVED;
    }

    /** The reading shown, as a reader sees it: {@code D-6.A}, {@code not D-6.A (2 of 5 failed)}, ... */
    public String shownText() {
        return switch (shown()) {
            case CONFIRMED -> declared.orElseThrow();
            case CONTRADICTED -> "not " + declared.orElseThrow() + " (" + failed + " of " + (passed + failed) + " failed)";
            case UNOBSERVED -> "unobserved (no scenario pinned to " + declared.orElseThrow() + " ran)";
            case UNDECLARED -> "none declared";
        };
    }

    /** How the behaviour compares with the declared reading. */
    public enum Shown {
        /** Every scenario pinned to the declared reading that ran passed. */
        CONFIRMED,
        /** A scenario pinned to the declared reading failed. */
        CONTRADICTED,
        /** No scenario pinned to the declared reading ran. */
        UNOBSERVED,
        /** The backend takes no position on the ambiguity. */
        UNDECLARED
    }
}
