/** The rule book: every catalog statement with its scenarios and their latest verdicts, as HTML and Markdown. */
package org.rtkconformance.reports.rulebook;
