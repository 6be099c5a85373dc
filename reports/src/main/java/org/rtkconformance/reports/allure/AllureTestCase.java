package org.rtkconformance.reports.allure;

/**
 * A test case as a generated Allure report holds it.
 *
 * @param uid       the report's own id, used in its {@code #testresult/<uid>} links; new on each generation
 * @param historyId the id that is stable across runs (the kit sets it per statement, scenario, example and backend)
 * @param name      the scenario name
 * @param status    passed, failed, broken, skipped or unknown
 */
public record AllureTestCase(String uid, String historyId, String name, String status) {
}
