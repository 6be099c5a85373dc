/** The certification bundle: one zip with everything a run's verdict rests on, a SHA-256 manifest, and its validation. */
package org.rtkconformance.reports.bundle;
