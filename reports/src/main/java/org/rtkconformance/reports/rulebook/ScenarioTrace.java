package org.rtkconformance.reports.rulebook;

import org.rtkconformance.reports.features.FeatureScenario;

import java.util.List;

/**
 * A scenario of the feature files and its results in the latest run (one per example row of an outline).
 */
public record ScenarioTrace(FeatureScenario scenario, List<TracedResult> results) {

    public ScenarioTrace {
        results = List.copyOf(results);
    }
}
