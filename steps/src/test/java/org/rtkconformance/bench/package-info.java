/**
 * The suite benchmark: the conformance scenarios on the reference against bare no-op Cucumber scenarios of
 * the same shape, in one JVM, to show what the kit's glue and backend add to Cucumber's own cost; and the
 * backend benchmark: the suite's rate on posix (its callers forked or spawned) against the reference, side by side.
 */
package org.rtkconformance.bench;
