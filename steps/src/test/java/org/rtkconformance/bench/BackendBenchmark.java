package org.rtkconformance.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scenarios per second of the whole suite on the reference and on posix, measured side by side in one run:
 * each side runs in a JVM of its own ({@link BackendRounds}), and the sides take turns, {@code cycles} times
 * each, so the load of a shared machine hits all of them alike. posix runs three times per cycle: with its callers
 * forked by the agent's fork server (the default, with spare callers forked ahead of need), forked by it only when
 * asked for ({@code -Drtk.forkServer.spareCallers=0}), and started one by one by the JVM
 * ({@code -Drtk.posix.forkServer=false}). Prints each side's median round, wall clock, and posix over reference.
 * Not a test: it only prints (docs/benchmarks.md, "Agents").
 * <pre>java -cp reports/target/rtk-kit.jar:steps/target/test-classes org.rtkconformance.bench.BackendBenchmark [cycles]</pre>
 */
public final class BackendBenchmark {

    private static final int WARMUP_ROUNDS = 2;
    private static final int ROUNDS_PER_CYCLE = 3;
    private static final double GOAL = 0.80;

    private BackendBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Map<String, List<String>> sides = new LinkedHashMap<>();
        sides.put("reference", List.of("-Drtk.backend=reference"));
        sides.put("posix, fork server", List.of("-Drtk.backend=posix", "-Drtk.posix.forkServer=true"));
        sides.put("posix, fork server, no spares", List.of("-Drtk.backend=posix", "-Drtk.posix.forkServer=true",
                "-Drtk.forkServer.spareCallers=0"));
        sides.put("posix, one spawn per caller", List.of("-Drtk.backend=posix", "-Drtk.posix.forkServer=false"));
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, String> tallies = new LinkedHashMap<>();
        sides.keySet().forEach(side -> rates.put(side, new ArrayList<>()));
        for (int cycle = 0; cycle < cycles; cycle++) {
            for (Map.Entry<String, List<String>> side : sides.entrySet()) {
                tallies.put(side.getKey(), runSide(side.getValue(), rates.get(side.getKey())));
            }
        }
        double reference = median(rates.get("reference"));
        System.out.printf(Locale.ROOT, "%d cycles x %d rounds per side (after %d warm-up rounds each), wall clock, %d cores,"
                + " load average %.1f%n", cycles, ROUNDS_PER_CYCLE, WARMUP_ROUNDS, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (String side : sides.keySet()) {
            double rate = median(rates.get(side));
            System.out.printf(Locale.ROOT, "  %-30s %6.0f scenarios/s (rounds %s)  %.2fx the reference  [%s]%n", side,
                    rate, rounded(rates.get(side)), rate / reference, tallies.get(side));
        }
        System.out.printf(Locale.ROOT, "goal: posix >= %.2fx the reference's rate%n", GOAL);
    }

    /** Runs one side in a fresh JVM; adds its rounds' rates; returns its tally. */
    private static String runSide(List<String> properties, List<Double> rates) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(properties);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BackendRounds.class.getName(),
                Integer.toString(WARMUP_ROUNDS), Integer.toString(ROUNDS_PER_CYCLE)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String tally = "?";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("TALLY ")) {
                    tally = line.substring(6);
                } else if (line.startsWith("ROUND ")) {
                    String[] fields = line.split(" ");
                    rates.add(Integer.parseInt(fields[1]) / (Long.parseLong(fields[2]) / 1e9));
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the side " + properties + " exited with " + process.exitValue());
        }
        return tally;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String rounded(List<Double> rates) {
        return rates.stream().map(rate -> String.format(Locale.ROOT, "%.0f", rate)).toList().toString();
    }
}
