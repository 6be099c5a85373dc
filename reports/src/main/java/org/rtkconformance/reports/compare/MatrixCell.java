package org.rtkconformance.reports.compare;

import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.ScenarioResult;
import org.rtkconformance.reports.results.Verdict;
import org.rtkconformance.reports.verdict.StatementRollup;
import org.rtkconformance.reports.verdict.StatementState;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one run shows for one statement.
 *
 * @param rollup    the statement's state under the kit's one roll-up rule
 * @param scenarios the run's scenarios that check the statement
 * @param link      where the cell links: the Allure entry of the scenario that decided the state
 */
public record MatrixCell(StatementRollup rollup, List<ScenarioResult> scenarios, Optional<String> link) {

    public MatrixCell {
        scenarios = List.copyOf(scenarios);
    }

    /** The cell for {@code scenarios} of a statement; UNTESTED when the catalog leaves it untested and none ran. */
    static MatrixCell of(List<ScenarioResult> scenarios, boolean untested, AllureLinks links) {
        StatementRollup rollup = untested && scenarios.isEmpty() ? StatementRollup.untested()
                : StatementRollup.ofVerdicts(scenarios.stream().map(ScenarioResult::verdict).toList(), 0);
        Optional<ScenarioResult> deciding = deciding(rollup.state(), scenarios);
        return new MatrixCell(rollup, scenarios, deciding.flatMap(links::of));
    }

    /** The cell's text: {@code PASS 3/3}, {@code NOT_VERIFIED 1/2}, {@code FAIL 2/4} (passed of applicable). */
    public String text() {
        return rollup.text();
    }

    /** The state of the statement on this run. */
    public StatementState state() {
        return rollup.state();
    }

    /** Scenario runs per result class, every class present: two cells differ when any of these counts differ. */
    public Map<Verdict, Integer> counts() {
        return RunResults.countsOf(scenarios);
    }

    /** The counts in words, classes with none left out: {@code 3 PASS, 1 UNSUPPORTED}; {@code no scenario}. */
    public String countsText() {
        String text = counts().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        return text.isEmpty() ? "no scenario in this run" : text;
    }

    /** The scenario the state comes from: the first failed one for FAIL, the first undecided one for NOT_VERIFIED. */
    public Optional<ScenarioResult> decidingScenario() {
        return deciding(rollup.state(), scenarios);
    }

    private static Optional<ScenarioResult> deciding(StatementState state, List<ScenarioResult> scenarios) {
        List<Verdict> order = switch (state) {
            case FAIL -> List.of(Verdict.FAIL);
            case NOT_VERIFIED -> List.of(Verdict.UNRESOLVED, Verdict.UNSUPPORTED, Verdict.NOT_APPLICABLE);
            case PASS -> List.of(Verdict.PASS);
            case UNTESTED -> List.of();
        };
        for (Verdict verdict : order) {
            Optional<ScenarioResult> found = scenarios.stream().filter(s -> s.verdict() == verdict).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
