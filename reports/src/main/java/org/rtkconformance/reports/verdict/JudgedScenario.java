package org.rtkconformance.reports.verdict;

import org.rtkconformance.reports.expectations.Waiver;
import org.rtkconformance.reports.results.ScenarioResult;

import java.util.Optional;

/**
 * A scenario's result with the waiver that changed it, if any.
 *
 * @param waiver the waiver that made it XFAIL or XPASS
 */
public record JudgedScenario(ScenarioResult scenario, Outcome outcome, Optional<Waiver> waiver) {
}
