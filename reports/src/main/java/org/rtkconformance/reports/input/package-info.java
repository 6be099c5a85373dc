/** The one error type for unreadable report inputs, naming the file and what is wrong with it. */
package org.rtkconformance.reports.input;
