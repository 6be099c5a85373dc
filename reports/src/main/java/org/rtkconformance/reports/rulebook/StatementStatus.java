package org.rtkconformance.reports.rulebook;

import org.rtkconformance.reports.results.Verdict;

import java.util.Collection;
import java.util.Optional;

/** Where a statement stands: its coverage by scenarios, then the verdict of the latest run. */
public enum StatementStatus {
    /** A scenario checking it failed: the backend does not conform. */
    FAIL("FAIL"),
    /** A scenario checking it could not decide. */
    UNRESOLVED("UNRESOLVED"),
    /** Its scenarios passed. */
    PASS("PASS"),
    /** Its scenarios need a capability or version the backend does not declare. */
    UNSUPPORTED("UNSUPPORTED"),
    /** Its scenarios pin readings the backend does not declare. */
    NOT_APPLICABLE("NOT_APPLICABLE"),
    /** It has scenarios, but no result of them is in the results file. */
    NOT_RUN("not run"),
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
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The status a verdict gives. */
    public static StatementStatus of(Verdict verdict) {
        return valueOf(verdict.name());
    }

    /**
     * Combines verdicts: any FAIL, else any UNRESOLVED, else any PASS (a scenario pinning another reading
     * does not hide a pass), else UNSUPPORTED, else NOT_APPLICABLE.
     */
    public static Optional<Verdict> combine(Collection<Verdict> verdicts) {
        for (Verdict candidate : new Verdict[] {Verdict.FAIL, Verdict.UNRESOLVED, Verdict.PASS,
                Verdict.UNSUPPORTED, Verdict.NOT_APPLICABLE}) {
            if (verdicts.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
