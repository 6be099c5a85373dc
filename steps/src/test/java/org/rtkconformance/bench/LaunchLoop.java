package org.rtkconformance.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;

import org.rtkconformance.selftest.sweep.SuiteLaunch;

/**
 * Launches one side of the suite benchmark again and again, to be profiled (docs/benchmarks.md, "Where a
 * scenario's time goes"): {@code suite} or {@code bare}, a number of measured launches after 8 warm-up
 * launches, and the work folder for the bare features. Prints the CPU time of the launching thread per
 * scenario, the figure {@link TimeAttribution} scales its shares to.
 */
public final class LaunchLoop {

    private static final int WARMUP_LAUNCHES = 8;

    private LaunchLoop() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !(args[0].equals("suite") || args[0].equals("bare"))) {
            fail("usage: LaunchLoop suite|bare <measured launches> <work folder>");
        }
        int launches = 0;
        try {
            launches = Integer.parseInt(args[1]);
        } catch (NumberFormatException notNumber) {
            fail("The number of launches must be a whole number, not '" + args[1] + "'");
        }
        if (launches < 1) {
            fail("The number of launches must be at least 1, not " + launches);
        }
        SuiteLaunch launch = args[0].equals("suite") ? SuiteLaunch.conformanceSuite() : bareTwin(Path.of(args[2]));
        for (int i = 0; i < WARMUP_LAUNCHES; i++) {
            launch.run();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        int scenarios = 0;
        for (int i = 0; i < launches; i++) {
            scenarios += launch.run().size();
        }
        double cpuMicros = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / scenarios;
        double wallMicros = (System.nanoTime() - wall) / 1e3 / scenarios;
        System.out.println(String.format(Locale.ROOT, "%s: %d scenarios in %d launches; per scenario %.0f µs of thread"
                + " CPU time, %.0f µs of wall clock", args[0], scenarios, launches, cpuMicros, wallMicros));
    }

    private static SuiteLaunch bareTwin(Path work) throws IOException {
        Path bare = work.resolve("bare-features");
        BareFeatures.write(bare);
        return new SuiteLaunch(selectDirectory(bare.toFile()), "org.rtkconformance.bench.noop");
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
