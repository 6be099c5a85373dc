/** The kit's runnable command line, {@code rtk-kit}: run the suite, judge, compare, certify, validate, list statements. */
package org.rtkconformance.reports.kit;
