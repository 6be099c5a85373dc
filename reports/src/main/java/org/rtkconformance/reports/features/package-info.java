/** The scenarios of the Gherkin feature files with the tags that trace them to statements. */
package org.rtkconformance.reports.features;
