package org.rtkconformance.reports.expectations;

import org.rtkconformance.reports.results.ScenarioResult;
import org.rtkconformance.reports.results.Verdict;

import java.time.LocalDate;

/**
 * One entry of an expectations file: the kit accepts, until {@code expires}, that a statement's or a
 * scenario's result is {@code expected} instead of PASS.
 *
 * @param target   a statement id ({@code OPEN-NAME-7}) or a scenario id ({@code name.feature:112})
 * @param expected FAIL or UNRESOLVED
 * @param reason   why the backend behaves so
 * @param link     where the problem is tracked
 * @param expires  the last day the waiver holds
 * @param index    its position in the file, for messages
 */
public record Waiver(String target, Verdict expected, String reason, String link, LocalDate expires, int index) {

    /** Whether {@code target} is a scenario id rather than a statement id. */
    public boolean namesScenario() {
        return target.contains(".feature:") || target.startsWith("probe:");
    }

    /** Whether this waiver covers {@code scenario}, whatever its result. */
    public boolean covers(ScenarioResult scenario) {
        return namesScenario() ? scenario.id().equals(target) : scenario.statements().contains(target);
    }

    /** Whether the waiver no longer holds on {@code today}. */
    public boolean expiredOn(LocalDate today) {
        return today.isAfter(expires);
    }

    /** How messages name it: {@code expectations[3] (OPEN-NAME-7)}. */
    public String label() {
        return "expectations[" + index + "] (" + target + ")";
    }
}
