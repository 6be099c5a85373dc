package org.rtkconformance.bench;

import java.util.List;

import org.rtkconformance.selftest.sweep.BaselineCheck;
import org.rtkconformance.selftest.sweep.ScenarioOutcome;
import org.rtkconformance.selftest.sweep.SuiteLaunch;

/**
 * One side of {@link BackendBenchmark}: in a JVM of its own (the kit picks one backend per JVM, from
 * {@code -Drtk.backend}), runs the whole suite {@code warmup} times, then {@code rounds} times, printing one
 * {@code ROUND <scenarios> <wall nanos>} line per measured round and a {@code TALLY} line of the first run.
 */
public final class BackendRounds {

    private BackendRounds() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BackendRounds <warm-up rounds> <measured rounds>");
        }
        int warmup = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        SuiteLaunch suite = SuiteLaunch.conformanceSuite();
        List<ScenarioOutcome> first = suite.run();
        System.out.println("TALLY " + BaselineCheck.tally(first));
        for (int i = 0; i < warmup; i++) {
            suite.run();
        }
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            int scenarios = suite.run().size();
            System.out.println("ROUND " + scenarios + " " + (System.nanoTime() - start));
        }
    }
}
