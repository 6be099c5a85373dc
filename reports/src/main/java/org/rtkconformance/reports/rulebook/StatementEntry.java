package org.rtkconformance.reports.rulebook;

import org.rtkconformance.reports.catalog.Statement;
import org.rtkconformance.reports.verdict.StatementRollup;

import java.util.List;
import java.util.TreeSet;

/**
 * One statement of the catalog with the scenarios whose tags name it.
 *
 * @param rollup its scenarios' results rolled up by the kit's one rule (a scenario with no result counts as
 *               not run, unless it pins a reading the run's backend does not declare)
 */
public record StatementEntry(Statement statement, List<ScenarioTrace> scenarios, StatementRollup rollup) {

    public StatementEntry {
        scenarios = List.copyOf(scenarios);
    }

    /** Where the statement stands; see {@link StatementStatus}. */
    public StatementStatus status() {
        if (statement.withdrawn()) {
            return StatementStatus.WITHDRAWN;
        }
        if (scenarios.isEmpty()) {
            return statement.untested() ? StatementStatus.UNTESTED : StatementStatus.UNTRACED;
        }
        return StatementStatus.of(rollup.state());
    }

    /** The readings of {@code ambiguity} ({@code D-8}) that its scenarios pin, sorted. */
    public List<String> pinnedReadings(String ambiguity) {
        TreeSet<String> readings = new TreeSet<>();
        scenarios.forEach(s -> s.scenario().readings().stream()
                .filter(r -> r.startsWith(ambiguity + ".")).forEach(readings::add));
        return List.copyOf(readings);
    }
}
