/** A backend's expectations file: waivers of known failures, each with a reason, a link and an expiry date. */
package org.rtkconformance.reports.expectations;
