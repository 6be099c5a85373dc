package org.rtkconformance.reports.rulebook;

import org.rtkconformance.reports.results.ScenarioResult;

import java.util.Optional;

/**
 * One result of a scenario in the latest run, with a link to its Allure entry when the report has it.
 *
 * @param allureLink a link relative to the rule book's directory
 */
public record TracedResult(ScenarioResult result, Optional<String> allureLink) {
}
