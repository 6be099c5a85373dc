/** Turns a conformance run's files into the reports people read: the Allure report and the rule book. */
package org.rtkconformance.reports;
