/**
 * The sweep: launches the conformance suite in-process against the reference and every mutant, decides
 * which scenarios killed each mutant, and writes the kill matrix under {@code steps/target/mutation/}.
 */
package org.rtkconformance.selftest.sweep;
