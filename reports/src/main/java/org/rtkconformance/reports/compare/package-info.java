/** Runs side by side: the statement-by-backend matrix, the diff of two runs of one backend, and one Allure report for several backends. */
package org.rtkconformance.reports.compare;
