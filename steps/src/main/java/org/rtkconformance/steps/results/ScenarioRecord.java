package org.rtkconformance.steps.results;

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
 */
record ScenarioRecord(String id, String uri, int line, String feature, String rule, String name,
                      Map<String, String> example, List<String> statements, String strength, List<String> readings,
                      String since, ResultClass result, String message, long durationMillis, String allureHistoryId) {
}
