package org.rtkconformance.reports.kit;

import picocli.CommandLine.Option;

/**
 * The stability gate's options of {@code rtk-kit run}: {@code --repeat N} runs the suite N times and
 * {@code --shuffle SEED} runs it in a random order (run i uses seed SEED + i - 1, printed), so a scenario that
 * depends on what ran before it, or on timing, shows a result that changes between runs (docs/cli.md).
 */
final class StabilityOptions {

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "<N>",
            description = "run the suite N times and report every scenario whose result changed as UNSTABLE"
                    + " (default: ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--shuffle", paramLabel = "<seed>",
            description = "run the scenarios in a random order, seeded SEED for the first run and SEED+i-1 for run i")
    Long shuffle;

    /** Whether more than the plain single run is asked for. */
    boolean active() {
        return repeat > 1 || shuffle != null;
    }

    /** The order seed of run {@code index} (1-based), or null for the features' own order. */
    Long seedOf(int index) {
        return shuffle == null ? null : shuffle + index - 1;
    }
}
