/**
 * Differential exploration ({@code rtk-kit explore}): seeded sequences of documented calls over two to four
 * callers, run in lockstep on a backend and on the reference configured with the readings the backend
 * declares; the first difference in what the calls show is a finding, shrunk by delta debugging to a
 * minimal sequence and printed as a Gherkin scenario in the kit's own step language.
 *
 * <p>The actions are the kit's steps, one for one ({@link org.rtkconformance.explore.Action}), and
 * {@link org.rtkconformance.explore.ScriptRunner} resolves "its handle to Alpha" exactly as the steps' World
 * does, so the printed scenario replays what the explorer ran.
 */
package org.rtkconformance.explore;
