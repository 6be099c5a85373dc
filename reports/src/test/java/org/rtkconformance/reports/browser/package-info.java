/** Checks of the generated reports as a reader sees them, in headless Chromium. */
package org.rtkconformance.reports.browser;
