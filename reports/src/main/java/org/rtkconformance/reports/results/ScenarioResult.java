package org.rtkconformance.reports.results;

import java.util.List;
import java.util.Optional;

/**
 * The verdict of one scenario (one example row of an outline) in a run.
 *
 * @param uri             the feature file, as Cucumber names it ({@code classpath:.../name.feature})
 * @param line            the scenario's line, or the example row's line for an outline
 * @param example         an outline's example row as {@code key=value, key=value}
 * @param allureHistoryId the history id of its Allure result, to link to it
 */
public record ScenarioResult(String id, String uri, long line, String feature, Optional<String> rule, String name,
                             Optional<String> example, List<String> statements, Optional<String> strength,
                             List<String> readings, Optional<String> since, Verdict verdict,
                             Optional<String> message, long durationMillis, Optional<String> allureHistoryId) {

    public ScenarioResult {
        statements = List.copyOf(statements);
        readings = List.copyOf(readings);
    }
}
