/** The machine-readable results of one conformance run ({@code results.json}, format {@code rtk-results/1}). */
package org.rtkconformance.reports.results;
