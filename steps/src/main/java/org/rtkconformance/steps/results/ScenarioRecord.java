package org.rtkconformance.steps.results;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * One scenario in {@code results.json} (format {@code rtk-results/1}, docs/results-format.md).
 *
 * @param id              the feature file name and line, {@code name.feature:42}
 * @param uri             the feature's uri
 * @param line            the scenario's line, or the example row's for an outline
 * @param feature         the feature's name
 * @param rule            the rule's name, or null outside a rule
 * @param name            the scenario's name
 * @param example         the example row, header to cell, or null
 * @param statements      the {@code @statement:} ids
 * @param strength        required, bounded or interpretation (null when untagged)
 * @param readings        the {@code @reading:} tags
 * @param since           the {@code @since:} version, or null
 * @param result          the result class
 * @param message         why it did not pass, or null
 * @param durationMillis  how long it took
 * @param allureHistoryId the Allure history id the kit set
 * @param probed          the pinned readings the backend declares no reading of, run as a probe
 *                        (on unless {@code -Drtk.probe=false}); omitted when empty
 * @param log             what the scenario logged, such as a concurrency scenario's trials run and
 *                        outcomes seen; omitted when empty
 */
record ScenarioRecord(String id, String uri, int line, String feature, String rule, String name,
                      Map<String, String> example, List<String> statements, String strength, List<String> readings,
                      String since, ResultClass result, String message, long durationMillis, String allureHistoryId,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> probed,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> log) {

    /**
     * The record as the probe judges it: a probe scenario counts only when every reading it probes was shown;
     * otherwise it says which reading the backend did not show, instead of passing or failing.
     */
    /**
     * The FAIL of a probed ambiguity that showed none of its readings: the floor is broken. It is filed under
     * the floor statement ({@code FLOOR-D6}) when the run has one, and under the statements of the readings'
     * scenarios as well, so the rule book shows it where those readings are read.
     */
    static ScenarioRecord noReadingShown(String ambiguity, java.util.Set<String> tried, List<ScenarioRecord> run) {
        String floor = "FLOOR-" + ambiguity.replace("-", "");
        java.util.Set<String> statements = new java.util.LinkedHashSet<>();
        for (ScenarioRecord record : run) {
            if (record.statements().contains(floor)) {
                statements.add(floor);
            }
        }
        for (ScenarioRecord record : run) {
            if (record.probed().stream().anyMatch(tried::contains)) {
                statements.addAll(record.statements());
            }
        }
        return new ScenarioRecord("probe:" + ambiguity, "probe:" + ambiguity, 0, "Probing", null,
                "The backend shows one of the readings of " + ambiguity, null, List.copyOf(statements), "required",
                List.copyOf(tried), null, ResultClass.FAIL, "[" + String.join(", ", statements) + "] " + ambiguity
                + " is not declared and the backend showed none of its readings tried " + tried
                + ": some scenario of each failed", 0, null, List.copyOf(tried), List.of());
    }

    ScenarioRecord judgedBy(ShownReadings shown) {
        if (probed.isEmpty() || shown.allShown(probed)) {
            return this;
        }
        return new ScenarioRecord(id, uri, line, feature, rule, name, example, statements, strength, readings, since,
                ResultClass.NOT_APPLICABLE, "NOT_APPLICABLE: probed " + probed + "; the backend did not show "
                + probed.stream().filter(reading -> !shown.allShown(List.of(reading))).toList()
                + (result == ResultClass.PASS ? "" : " (this scenario: " + result + ": " + message + ")"),
                durationMillis, allureHistoryId, probed, log);
    }
}
