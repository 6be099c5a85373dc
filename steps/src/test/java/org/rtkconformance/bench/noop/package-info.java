/** The glue of the benchmark's bare scenarios: one step definition that does nothing. */
package org.rtkconformance.bench.noop;
