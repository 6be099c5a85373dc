/** The JUnit Platform suites that run the features against a backend. */
package org.rtkconformance.suites;
