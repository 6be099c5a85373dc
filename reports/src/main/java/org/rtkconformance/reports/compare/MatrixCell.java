package org.rtkconformance.reports.compare;

import org.rtkconformance.reports.results.ScenarioResult;
import org.rtkconformance.reports.results.Verdict;

import java.util.List;
import java.util.Optional;

/**
 * What one run shows for one statement.
 *
 * @param verdict   the worst verdict among its scenarios that ran; UNSUPPORTED or NOT_APPLICABLE when none ran;
 *                  empty when the run has no scenario for the statement
 * @param scenarios the run's scenarios that check the statement
 * @param link      where the cell links: the Allure entry of the scenario that decided the verdict
 */
public record MatrixCell(Optional<Verdict> verdict, List<ScenarioResult> scenarios, Optional<String> link) {

    public MatrixCell {
        scenarios = List.copyOf(scenarios);
    }

    /** The cell's text: {@code PASS 3/3}, {@code FAIL 1/4}, or {@code -} with no scenario. */
    public String text() {
        if (verdict.isEmpty()) {
            return "-";
        }
        long same = scenarios.stream().filter(s -> s.verdict() == verdict.get()).count();
        return verdict.get() + " " + same + "/" + scenarios.size();
    }

    /** The scenario the verdict comes from (the first with that verdict). */
    public Optional<ScenarioResult> decidingScenario() {
        return verdict.flatMap(v -> scenarios.stream().filter(s -> s.verdict() == v).findFirst());
    }

    /** The verdict of a statement from its scenarios: what ran decides, the worst first. */
    static Optional<Verdict> verdictOf(List<ScenarioResult> scenarios) {
        List<Verdict> ran = scenarios.stream().map(ScenarioResult::verdict)
                .filter(v -> v == Verdict.FAIL || v == Verdict.UNRESOLVED || v == Verdict.PASS).toList();
        List<Verdict> pool = ran.isEmpty() ? scenarios.stream().map(ScenarioResult::verdict).toList() : ran;
        return pool.stream().min(Enum::compareTo);
    }
}
