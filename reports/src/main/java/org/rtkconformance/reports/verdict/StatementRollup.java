package org.rtkconformance.reports.verdict;

import org.rtkconformance.reports.results.Verdict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one roll-up rule of the kit, shared by the rule book, the verdict, the comparison and the Allure
 * results: a statement is PASS on a backend only if every scenario of it that applies there ran and
 * passed; FAIL if an applicable scenario failed (XFAIL included: a waiver excuses the run, not the
 * statement); otherwise NOT_VERIFIED, with how many applicable scenarios did not run and why. A
 * NOT_APPLICABLE scenario (it pins a reading the backend does not declare) does not apply, so a statement
 * whose scenarios are all NOT_APPLICABLE is NOT_VERIFIED, never PASS. docs/verdicts.md states the rule.
 *
 * @param state         the statement's state
 * @param passed        applicable scenario runs that passed (XPASS included: the behaviour was right)
 * @param failed        applicable scenario runs that failed, XFAIL included
 * @param unresolved    applicable scenario runs the harness or backend could not decide
 * @param unsupported   applicable scenario runs skipped for a capability or API version not declared
 * @param notRun        scenarios of the statement with no result in the run
 * @param notApplicable scenario runs pinning a reading the backend does not declare (not counted as applicable)
 */
public record StatementRollup(StatementState state, int passed, int failed, int unresolved, int unsupported,
                              int notRun, int notApplicable) {

    /** The roll-up of a statement the catalog leaves untested on purpose. */
    public static StatementRollup untested() {
        return new StatementRollup(StatementState.UNTESTED, 0, 0, 0, 0, 0, 0);
    }

    /** Rolls up results no waiver touched; {@code notRun} scenarios of the statement have no result. */
    public static StatementRollup ofVerdicts(Collection<Verdict> verdicts, int notRun) {
        return of(verdicts.stream().map(Outcome::of).toList(), notRun);
    }

    /** Rolls up judged outcomes; {@code notRun} scenarios of the statement have no result. */
    public static StatementRollup of(Collection<Outcome> outcomes, int notRun) {
        if (notRun < 0) {
            throw new IllegalArgumentException("notRun " + notRun);
        }
        int passed = 0;
        int failed = 0;
        int unresolved = 0;
        int unsupported = 0;
        int notApplicable = 0;
        for (Outcome outcome : outcomes) {
            switch (outcome) {
                case PASS, XPASS -> passed++;
                case FAIL, XFAIL -> failed++;
                case UNRESOLVED -> unresolved++;
                case UNSUPPORTED -> unsupported++;
                case NOT_APPLICABLE -> notApplicable++;
                default -> throw new IllegalStateException("unknown outcome " + outcome);
            }
        }
        StatementState state;
        if (failed > 0) {
            state = StatementState.FAIL;
        } else if (passed > 0 && unresolved + unsupported + notRun == 0) {
            state = StatementState.PASS;
        } else {
            state = StatementState.NOT_VERIFIED;
        }
        return new StatementRollup(state, passed, failed, unresolved, unsupported, notRun, notApplicable);
    }

    /** The scenario runs that apply on the backend: all but the NOT_APPLICABLE ones. */
    public int applicable() {
        return passed + failed + unresolved + unsupported + notRun;
    }

    /** Applicable scenario runs that did not come to PASS or FAIL. */
    public int undecided() {
        return unresolved + unsupported + notRun;
    }

    /**
     * The short form the pages show: the state, then how many of the applicable scenario runs make it so, of how
     * many: {@code PASS 5/5} (passed), {@code FAIL 1/5} (failed), {@code NOT_VERIFIED 2/5} (did not run or decide),
     * {@code NOT_VERIFIED 0/0} (no scenario applies).
     */
    public String text() {
        int deciding = switch (state) {
            case PASS -> passed;
            case FAIL -> failed;
            case NOT_VERIFIED -> undecided();
            case UNTESTED -> 0;
        };
        return state == StatementState.UNTESTED ? "UNTESTED" : state + " " + deciding + "/" + applicable();
    }

    /**
     * Why the statement is not PASS, in words; empty for PASS and UNTESTED. For example
     * {@code 1 of 2 applicable scenario runs did not decide: 1 UNSUPPORTED} or
     * {@code no scenario applies (3 NOT_APPLICABLE)}.
     */
    public String reason() {
        List<String> parts = new ArrayList<>();
        if (failed > 0) {
            parts.add(failed + " of " + applicable() + " applicable scenario run(s) failed");
        }
        if (undecided() > 0) {
            List<String> why = new ArrayList<>();
            if (unsupported > 0) {
                why.add(unsupported + " UNSUPPORTED");
            }
            if (unresolved > 0) {
                why.add(unresolved + " UNRESOLVED");
            }
            if (notRun > 0) {
                why.add(notRun + " not run");
            }
            parts.add(undecided() + " of " + applicable() + " applicable scenario run(s) did not decide: "
                    + String.join(", ", why));
        }
        if (state == StatementState.NOT_VERIFIED && applicable() == 0) {
            parts.add(notApplicable > 0 ? "no scenario applies (" + notApplicable + " NOT_APPLICABLE)"
                    : "no scenario of it is in the run");
        }
        return String.join("; ", parts);
    }
}
