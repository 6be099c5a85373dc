package org.rtkconformance.selftest.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.rtkconformance.reference.ReferenceBackendProvider;
import org.rtkconformance.reference.rules.Readings;
import org.rtkconformance.selftest.mutants.Mutant;
import org.rtkconformance.selftest.mutants.Mutants;
import org.rtkconformance.selftest.mutants.UndeclaringProvider;
import org.rtkconformance.steps.run.Taxonomy;

/**
 * The sweep JVM's entry point: runs the whole suite against the reference, then against every mutant,
 * and writes {@code sweep.json} and the kill matrix into the directory given as the only argument.
 * {@link SweepFork} starts it with {@link SweepDispatchProvider} registered; exit status 0 when the
 * sweep holds, 1 when it found problems, 2 when it could not run.
 */
public final class MutantSweep {

    private MutantSweep() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: MutantSweep <output directory>  (normally started by SweepFork)");
            System.exit(2);
        }
        try {
            SweepReport report = sweep(Path.of(args[0]));
            System.exit(report.referenceProblems().isEmpty() && report.undeclaredProblems().isEmpty()
                    && report.mutants().stream().allMatch(MutantResult::acceptable) ? 0 : 1);
        } catch (IOException | RuntimeException failure) {
            System.err.println("The mutant sweep could not run: " + failure);
            failure.printStackTrace(System.err);
            System.exit(2);
        }
    }

    static SweepReport sweep(Path directory) throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(directory);
        String only = System.getProperty("rtk.sweep.only", "");
        List<Mutant> mutants = Mutants.all().stream().filter(mutant -> mutant.id().contains(only))
                .collect(java.util.stream.Collectors.toList());
        if (mutants.isEmpty()) {
            throw new IllegalArgumentException("-Drtk.sweep.only=" + only + " matches no mutant id");
        }
        SweepDispatchProvider.select(mutants.get(0).provider());
        SuiteLaunch suite = SuiteLaunch.conformanceSuite();

        SweepDispatchProvider.target(ReferenceBackendProvider.withReadings(Readings.defaults()));
        List<ScenarioOutcome> reference = suite.run();
        System.out.println("reference: " + BaselineCheck.tally(reference));

        // The same model declaring nothing, probed: the floors must judge it, and the probe must show the
        // readings it follows.
        ReferenceBackendProvider model = ReferenceBackendProvider.withReadings(Readings.defaults());
        Map<String, String> exhibited = new TreeMap<>();
        model.manifest().readings().forEach((ambiguity, reading) -> exhibited.put(ambiguity, reading.toString()));
        SweepDispatchProvider.target(UndeclaringProvider.declaringNothing(model));
        // Probing is on by default (Taxonomy.probes).
        List<ScenarioOutcome> undeclared = suite.run();
        String shown = BaselineCheck.shown(undeclared).shown().toString();
        System.out.println("reference declaring no reading, probed: " + BaselineCheck.tally(undeclared)
                + ", floor scenarios passed: " + BaselineCheck.floorsPassed(undeclared) + "; shown, not declared: " + shown);

        List<MutantResult> results = new ArrayList<>();
        // The kill matrix judges raw outcomes and was measured without probes: a mutant declaring less must be
        // killed by a floor, not by a probe's raw FAIL that results.json turns NOT_APPLICABLE (FloorMutants).
        System.setProperty(Taxonomy.PROBE_PROPERTY, "false");
        try {
            for (Mutant mutant : mutants) {
                SweepDispatchProvider.target(mutant.provider());
                MutantResult result = KillAnalysis.judge(mutant, suite.run());
                System.out.println(String.format("%-42s %-16s %-24s %s", result.id(), result.violates(), result.kill(),
                        result.tally()));
                results.add(result);
            }
        } finally {
            System.clearProperty(Taxonomy.PROBE_PROPERTY);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        SweepReport report = new SweepReport(seconds, reference.size(), BaselineCheck.tally(reference),
                BaselineCheck.problems(reference), BaselineCheck.notExercised(reference), results,
                BaselineCheck.tally(undeclared), BaselineCheck.floorsPassed(undeclared), shown,
                BaselineCheck.undeclaredProblems(undeclared, exhibited));
        report.write(directory);
        new KillMatrix(report).write(directory);
        System.out.println(report.summary());
        System.out.println(String.format("sweep wall time: %.1f s (%d launches of %d scenarios); kill matrix: %s",
                seconds, mutants.size() + 2, reference.size(), directory.resolve(KillMatrix.HTML)));
        return report;
    }
}
