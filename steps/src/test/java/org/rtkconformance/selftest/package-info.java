/**
 * The kit's self-test: deliberately wrong backends (mutants) run through the whole conformance suite to
 * prove that every statement's scenarios can fail, with the kill matrix as evidence.
 */
package org.rtkconformance.selftest;
