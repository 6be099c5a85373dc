/** The statement catalog: the spec page's atomic statements, read from {@code catalog.yaml}. */
package org.rtkconformance.reports.catalog;
