package org.rtkconformance.reports.verdict;

import java.util.Optional;

import org.rtkconformance.reports.results.ProbedAmbiguity;

/**
 * For one ambiguity, the reading a backend declared and the reading its behaviour showed: the declared
 * reading's scenarios confirm or contradict it; an undeclared ambiguity shows what probing observed
 * ({@code backend.shownReadings}, docs/INTERPRETATIONS.md "Probing").
 *
 * @param ambiguity {@code D-6}
 * @param declared  the reading the backend declares ({@code D-6.A}), if any
 * @param passed    scenarios pinned to the declared reading that passed
 * @param failed    scenarios pinned to the declared reading that failed (FAIL, UNRESOLVED or XFAIL)
 * @param probed    what probing observed, when the ambiguity is undeclared and its readings were probed
 */
public record ReadingFingerprint(String ambiguity, Optional<String> declared, int passed, int failed,
                                 Optional<ProbedAmbiguity> probed) {

    /** A fingerprint of an ambiguity nobody probed. */
    public ReadingFingerprint(String ambiguity, Optional<String> declared, int passed, int failed) {
        this(ambiguity, declared, passed, failed, Optional.empty());
    }

    /** What the behaviour showed, compared with the declaration. */
    public Shown shown() {
        if (declared.isEmpty()) {
            if (probed.isEmpty()) {
                return Shown.UNDECLARED;
            }
            return probed.get().shown().isEmpty() ? Shown.NONE_SHOWN : Shown.SHOWN_NOT_DECLARED;
        }
        if (failed > 0) {
            return Shown.CONTRADICTED;
        }
        return passed > 0 ? Shown.CONFIRMED : Shown.UNOBSERVED;
    }

    /** The reading shown, as a reader sees it: {@code declared D-6.A (confirmed)}, {@code shown, not declared: D-6.A}, ... */
    public String shownText() {
        return switch (shown()) {
            case CONFIRMED -> "declared " + declared.orElseThrow() + " (confirmed)";
            case CONTRADICTED -> "declared " + declared.orElseThrow() + " (contradicted: " + failed + " of "
                    + (passed + failed) + " failed)";
            case UNOBSERVED -> "declared " + declared.orElseThrow() + " (unobserved: no scenario pinned to it ran)";
            case SHOWN_NOT_DECLARED -> "shown, not declared: " + String.join(", ", probed.orElseThrow().shown());
            case NONE_SHOWN -> "none shown of " + String.join(", ", probed.orElseThrow().tried()) + ": FAIL of "
                    + floor();
            case UNDECLARED -> "none declared, none probed";
        };
    }

    /** The floor statement of the ambiguity: {@code FLOOR-D6}. */
    public String floor() {
        return "FLOOR-" + ambiguity.replace("-", "");
    }

    /** How the behaviour compares with the declared reading. */
    public enum Shown {
        /** Every scenario pinned to the declared reading that ran passed. */
        CONFIRMED,
        /** A scenario pinned to the declared reading failed. */
        CONTRADICTED,
        /** No scenario pinned to the declared reading ran. */
        UNOBSERVED,
        /** Undeclared; probing showed one (or, for independent readings, several) of its readings. */
        SHOWN_NOT_DECLARED,
        /** Undeclared; probing showed none of the readings tried: the floor is broken. */
        NONE_SHOWN,
        /** Undeclared, and no scenario of its readings ran as a probe (none written, or probing switched off). */
        UNDECLARED
    }
}
