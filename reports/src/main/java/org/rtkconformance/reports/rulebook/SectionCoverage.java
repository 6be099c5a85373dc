package org.rtkconformance.reports.rulebook;

/**
 * The coverage of one page section.
 *
 * @param statements statements in the section, withdrawn ones excluded
 * @param traced     of those, how many have at least one scenario
 * @param untested   of those, how many the catalog marks untested with a reason
 * @param untraced   of those, how many have no scenario and no reason: the gaps
 * @param scenarios  distinct scenarios checking a statement of the section
 * @param passing    statements whose status is PASS (every applicable scenario ran and passed)
 * @param notVerified statements whose status is NOT_VERIFIED
 * @param failing    statements whose status is FAIL
 */
public record SectionCoverage(String section, int statements, int traced, int untested, int untraced,
                              int scenarios, int passing, int notVerified, int failing) {
}
