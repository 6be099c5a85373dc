/**
 * Branch coverage of the reference implementation under the conformance suite: how much of the model's
 * decisions the scenarios reach, and which branches they never take.
 */
package org.rtkconformance.selftest.coverage;
