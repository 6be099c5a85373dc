package org.rtkconformance.reports.rulebook;

import org.rtkconformance.reports.features.FeatureScenario;
import org.rtkconformance.reports.results.Verdict;

import java.util.List;
import java.util.Optional;

/**
 * A scenario of the feature files and its results in the latest run (one per example row of an outline).
 */
public record ScenarioTrace(FeatureScenario scenario, List<TracedResult> results) {

    public ScenarioTrace {
        results = List.copyOf(results);
    }

    /** The scenario's overall verdict; empty when it did not run. */
    public Optional<Verdict> verdict() {
        return StatementStatus.combine(results.stream().map(r -> r.result().verdict()).toList());
    }
}
