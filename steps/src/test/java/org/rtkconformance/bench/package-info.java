/**
 * The suite benchmark: the conformance scenarios on the reference against bare no-op Cucumber scenarios of
 * the same shape, in one JVM, to show what the kit's glue and backend add to Cucumber's own cost.
 */
package org.rtkconformance.bench;
