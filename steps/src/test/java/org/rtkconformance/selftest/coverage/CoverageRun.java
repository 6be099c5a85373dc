package org.rtkconformance.selftest.coverage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.rtkconformance.selftest.sweep.SweepFork;

/**
 * The {@code coverage} profile's entry point: runs {@link ReadingsSweep} in a JVM carrying the JaCoCo agent,
 * then reports the reference's branch coverage ({@link CoverageReport}). Arguments: the agent option
 * ({@code -javaagent:...}), the execution data file the option names, the reference's sources, the output folder.
 */
public final class CoverageRun {

    private static final long TIMEOUT_SECONDS = 900;

    private CoverageRun() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4 || !args[0].startsWith("-javaagent:")) {
            throw new IllegalArgumentException("usage: CoverageRun -javaagent:<jacoco agent>=destfile=<exec>,... <exec>"
                    + " <reference-impl/src/main/java> <output dir>");
        }
        Path output = Path.of(args[3]);
        Files.createDirectories(output);
        Files.deleteIfExists(Path.of(args[1]));
        SweepFork.Outcome run = SweepFork.run(ReadingsSweep.class, List.of(args[0]), output, "readings-sweep.log",
                TIMEOUT_SECONDS);
        List<String> log = Files.readAllLines(run.log());
        log.subList(Math.max(0, log.size() - 3), log.size()).forEach(System.out::println);
        if (run.exitStatus() != 0) {
            throw new IllegalStateException("The readings sweep failed (exit " + run.exitStatus() + "); see " + run.log());
        }
        CoverageReport.main(new String[] {args[1], args[2], args[3]});
    }
}
