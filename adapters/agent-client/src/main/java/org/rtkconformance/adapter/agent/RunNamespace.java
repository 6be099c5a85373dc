package org.rtkconformance.adapter.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The object-name prefixes of this JVM's runs and the sweeps that keep {@code /dev/shm} clean: every
 * unheld {@code rtk.*} object is removed before the first session (what killed runs left), and this run's
 * prefix is swept again when the JVM exits.
 */
final class RunNamespace {

    private static final Set<String> SWEPT_AT_START = ConcurrentHashMap.newKeySet();
    private static final Set<String> SWEEP_AT_EXIT = ConcurrentHashMap.newKeySet();
    private static final AtomicLong SESSIONS = new AtomicLong();
    private static final List<AgentLaunch> EXIT_LAUNCHES = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(RunNamespace::sweepAtExit, "rtk-agent-exit-sweep"));
    }

    private RunNamespace() {
    }

    /** A run tag in the agent's prefix alphabet [a-z0-9.]: a hash of the run id plus this JVM's pid. */
    static String runTag(String runId) {
        int hash = java.util.Arrays.hashCode(runId.getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "r%08xp%x", hash, ProcessHandle.current().pid());
    }

    /** A fresh prefix for one session of the run, so scenarios never see each other's objects. */
    static String sessionPrefix(String runTag) {
        return runTag + ".s" + Long.toHexString(SESSIONS.incrementAndGet());
    }

    /** Before the first session with {@code launch}: removes what earlier (killed) runs left; registers the exit sweep. */
    static void prepare(AgentLaunch launch, String runTag) {
        if (SWEPT_AT_START.add(launch.describe())) {
            runQuietly(launch.sweepingAll());
        }
        synchronized (EXIT_LAUNCHES) {
            if (SWEEP_AT_EXIT.add(launch.describe() + "\u0000" + runTag)) {
                EXIT_LAUNCHES.add(new AgentLaunch(launch.sweeping(runTag), launch.callTimeout()));
            }
        }
    }

    private static void sweepAtExit() {
        Farewells.awaitAll(5000); // what ending callers still hold is not unheld yet
        ForkServer.stopAll(); // nor what the fork servers' callers hold until they are killed and reaped
        synchronized (EXIT_LAUNCHES) {
            for (AgentLaunch sweep : EXIT_LAUNCHES) {
                runQuietly(sweep.command());
            }
        }
    }

    /** Runs a one-shot sweep; a sweep that fails leaves at most stale objects the next run removes. */
    static void runQuietly(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            // no agent binary: nothing could have been created either
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
