package org.rtkconformance.explore;

/**
 * A divergence, shrunk.
 *
 * @param sequence       the index of the sequence it was found in (0 is the first)
 * @param originalLength how many actions the sequence had run when it diverged
 * @param minimal        the shrunk sequence and what each side showed
 * @param shrinkRuns     the lockstep runs shrinking took
 */
public record Finding(int sequence, int originalLength, Divergence minimal, int shrinkRuns) {
}
