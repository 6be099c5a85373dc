/** The verdict of a run: waivers applied, counts, profiles, the reading fingerprint, and whether the backend conforms. */
package org.rtkconformance.reports.verdict;
