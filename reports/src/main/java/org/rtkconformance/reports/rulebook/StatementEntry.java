package org.rtkconformance.reports.rulebook;

import org.rtkconformance.reports.catalog.Statement;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** One statement of the catalog with the scenarios whose tags name it. */
public record StatementEntry(Statement statement, List<ScenarioTrace> scenarios) {

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
        return StatementStatus.combine(scenarios.stream().map(ScenarioTrace::verdict).flatMap(Optional::stream).toList())
                .map(StatementStatus::of).orElse(StatementStatus.NOT_RUN);
    }

    /** The readings of {@code ambiguity} ({@code D-8}) that its scenarios pin, sorted. */
    public List<String> pinnedReadings(String ambiguity) {
        TreeSet<String> readings = new TreeSet<>();
        scenarios.forEach(s -> s.scenario().readings().stream()
                .filter(r -> r.startsWith(ambiguity + ".")).forEach(readings::add));
        return List.copyOf(readings);
    }
}
