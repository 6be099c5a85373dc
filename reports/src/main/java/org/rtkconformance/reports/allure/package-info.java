/** Prepares the suite's Allure results for the report build and reads back the generated report. */
package org.rtkconformance.reports.allure;
