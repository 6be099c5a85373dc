package org.rtkconformance.reports.verdict;

import java.util.Optional;

/**
 * One statement of the catalog (or, without a catalog, of the run's tags) rolled up over its scenarios.
 *
 * @param text    the catalog's text of the statement, when the catalog was given
 * @param section the page section it belongs to, when the catalog was given
 */
public record JudgedStatement(String id, Optional<String> text, Optional<String> section, StatementRollup rollup) {
}
