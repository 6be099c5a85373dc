package org.rtkconformance.adapter.agent;

import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.explore.ExplorationBench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints, in one run, what exploration costs against the posix agent next to the raw pipe round trip it
 * pays for every call: the median ECHO of a ~100-byte line to one agent, then exploration posix-against-
 * reference and reference-against-reference with their operations/s and cost per operation. A harness, not
 * a test: it asserts nothing. It lives in the agent client's package (on the class path, in the steps
 * module's tests) because the agent connection it times is package-private there.
 *
 * <pre>mvn -B -ntp -o -q -pl steps exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.rtkconformance.adapter.agent.ExplorationRoundTripBenchmark [-Dexec.args=20000]</pre>
 */
public final class ExplorationRoundTripBenchmark {

    private ExplorationRoundTripBenchmark() {
    }

    public static void main(String[] args) {
        long operations = args.length > 0 ? Long.parseLong(args[0]) : 20_000;
        PosixAgentProvider posix = new PosixAgentProvider();
        System.out.printf(Locale.ROOT, "exploration benchmark, %d operations per backend, %s %s, %d cores%n", operations,
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        if (posix.unavailableReason().isPresent()) {
            System.out.println("posix agent unavailable: " + posix.unavailableReason().get());
        } else {
            System.out.printf(Locale.ROOT, "%-48s median %8.1f us%n", "raw pipe round trip (ECHO, ~100-byte line)",
                    echoMedianMicros(5_000));
            // Every sequence starts one agent process per driver: longer sequences spread that cost.
            print("posix against the reference, sequences of 40", ExplorationBench.run(posix, operations, 40));
            print("posix against the reference, sequences of 400", ExplorationBench.run(posix, operations, 400));
        }
        BackendProvider reference = ExplorationBench.reference();
        ExplorationBench.run(reference, 100_000, 40); // warm-up: the JIT, before the figure compared with 50,000
        print("reference against the reference", ExplorationBench.run(reference, Math.max(operations, 200_000), 40));
    }

    private static void print(String what, ExplorationBench.Figures figures) {
        System.out.printf(Locale.ROOT, "%-48s %10.0f operations/s  %8.1f us per operation (%d operations, %d sequences,"
                        + " %.2f s; %s)%n", what, figures.perSecond(), figures.microsPerOperation(), figures.operations(),
                figures.sequences(), figures.seconds(), figures.divergence());
    }

    private static double echoMedianMicros(int iterations) {
        String binary = NativeAgentBinary.locate().path().orElseThrow().toString();
        AgentLaunch launch = new AgentLaunch(List.of(binary), Duration.ofSeconds(5));
        String prefix = "xbench" + Long.toHexString(ProcessHandle.current().pid());
        long[] echo = new long[iterations];
        try (AgentConnection agent = AgentConnection.start("benchmark", launch, launch.serving(prefix))) {
            String token = "x".repeat(90);
            for (int i = 0; i < 1000; i++) {
                agent.exchange(RequestLine.echo(token));
            }
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                agent.exchange(RequestLine.echo(token));
                echo[i] = System.nanoTime() - t0;
            }
        } finally {
            RunNamespace.runQuietly(launch.sweeping(prefix));
        }
        Arrays.sort(echo);
        return echo[iterations / 2] / 1e3;
    }
}
