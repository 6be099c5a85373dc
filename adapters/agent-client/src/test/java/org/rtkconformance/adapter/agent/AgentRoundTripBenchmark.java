package org.rtkconformance.adapter.agent;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints round-trip figures for the posix agent over its stdio pipe: a raw ECHO of a ~100-byte line (the floor
 * any request pays), a READ of 8 bytes through a view (the cheapest port call), an OPEN+UNMAP+CLOSE cycle (real shm
 * work with OFD locks), and the cost of a new caller: an agent started by the JVM, and one forked by the fork
 * server. A harness, not a test: it asserts nothing.
 *
 * <pre>mvn -B -ntp -o -q -pl adapters/agent-client exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.rtkconformance.adapter.agent.AgentRoundTripBenchmark [-Dexec.args=20000]</pre>
 */
public final class AgentRoundTripBenchmark {

    private AgentRoundTripBenchmark() {
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        PosixAgentProvider provider = new PosixAgentProvider();
        if (provider.unavailableReason().isPresent()) {
            System.out.println("posix agent unavailable: " + provider.unavailableReason().get());
            return;
        }
        String binary = NativeAgentBinary.locate().path().orElseThrow().toString();
        AgentLaunch launch = new AgentLaunch(List.of(binary), Duration.ofSeconds(5));
        String prefix = "bench" + Long.toHexString(ProcessHandle.current().pid());
        System.out.printf(Locale.ROOT, "rtk-posix-agent round trips, %d iterations each, %s, %d cores%n", iterations,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        try (AgentConnection agent = AgentConnection.start("benchmark", launch, launch.serving(prefix))) {
            String inst = agent.exchange(RequestLine.attach(1)).field("inst");
            String name = RequestLine.name(org.rtkconformance.adapter.api.UnicodeString.of("bench"));
            AgentReply created = agent.exchange("CREATE " + inst + " 1 4 0 1000 " + name + " 1");
            String view = created.field("location");
            String token = "x".repeat(90);
            String read = "READ " + view + " 0 8";
            String open = "OPEN " + inst + " 1 2 0 " + name + " 1";
            for (int i = 0; i < 2000; i++) { // warm-up: JIT and page faults out of the way
                agent.exchange(RequestLine.echo(token));
                agent.exchange(read);
            }
            long[] echo = new long[iterations];
            long[] call = new long[iterations];
            long[] openClose = new long[iterations];
            for (int i = 0; i < iterations; i++) { // interleaved, so noise from other load hits both alike
                long t0 = System.nanoTime();
                agent.exchange(RequestLine.echo(token));
                long t1 = System.nanoTime();
                agent.exchange(read);
                long t2 = System.nanoTime();
                AgentReply opened = agent.exchange(open);
                agent.exchange("UNMAP " + inst + " " + opened.field("location"));
                agent.exchange("CLOSE " + inst + " " + opened.field("handle"));
                long t3 = System.nanoTime();
                echo[i] = t1 - t0;
                call[i] = t2 - t1;
                openClose[i] = t3 - t2;
            }
            print("ECHO (raw round trip, ~100-byte line)", echo);
            print("READ 8 bytes through a view", call);
            print("OPEN + UNMAP + CLOSE (3 round trips)", openClose);
            System.out.printf(Locale.ROOT, "ratio READ / ECHO (median): %.2f%n",
                    (double) percentile(call, 50) / percentile(echo, 50));
        }
        // A caller's start, both ways, interleaved so load hits both alike: the JVM starting the agent, and the
        // agent's fork server forking it (started once, before the first measured round).
        ForkServerTransport forked = new ForkServerTransport(launch);
        forked.connect("fork server warm-up", prefix).close();
        int starts = 200;
        long[] spawn = new long[starts];
        long[] fork = new long[starts];
        for (int i = 0; i < starts; i++) {
            long t0 = System.nanoTime();
            try (AgentConnection agent = AgentConnection.start("spawn", launch, launch.serving(prefix))) {
                agent.exchange(RequestLine.list());
            }
            long t1 = System.nanoTime();
            try (AgentConnection agent = forked.connect("fork", prefix)) {
                agent.exchange(RequestLine.list());
            }
            long t2 = System.nanoTime();
            spawn[i] = t1 - t0;
            fork[i] = t2 - t1;
        }
        print("start agent + HELLO + LIST + BYE", spawn);
        print("fork server: same", fork);
        RunNamespace.runQuietly(launch.sweeping(prefix));
    }

    private static void print(String what, long[] nanos) {
        System.out.printf(Locale.ROOT, "%-40s median %8.1f us   p99 %8.1f us%n", what, percentile(nanos, 50) / 1e3,
                percentile(nanos, 99) / 1e3);
    }

    private static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
