package org.rtkconformance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rtkconformance.selftest.sweep.Kill;
import org.rtkconformance.selftest.sweep.MutantResult;
import org.rtkconformance.selftest.sweep.SweepFork;
import org.rtkconformance.selftest.sweep.SweepReport;

/**
 * The kit proves it catches wrong implementations: the whole suite runs against the reference and every
 * mutant (in a JVM of its own, see {@link SweepFork}); the reference must pass, and each mutant must be
 * killed by a scenario of the statement or reading it violates. Outputs land in {@code target/mutation/}.
 */
class MutantKillTests {

    /** Where the sweep writes; beside, never inside, the real suite's results. */
    static final Path MUTATION = Path.of("target", "mutation");
    /** Far above the budget of three minutes, so only a hang trips it. */
    private static final long TIMEOUT_SECONDS = 600;

    private static SweepReport report;

    @BeforeAll
    static void sweep() throws IOException, InterruptedException {
        SweepFork.Outcome outcome = SweepFork.run(MUTATION, TIMEOUT_SECONDS);
        String log = Files.readString(outcome.log(), StandardCharsets.UTF_8);
        if (outcome.exitStatus() == 2) {
            throw new IllegalStateException("The mutant sweep could not run (" + outcome.log() + "):\n" + tail(log));
        }
        report = SweepReport.read(MUTATION);
        System.out.println(report.summary());
        System.out.println(String.format("mutant sweep wall time: %.1f s; kill matrix: %s", report.wallSeconds(),
                MUTATION.resolve("kill-matrix.html")));
    }

    @Test
    void the_reference_passes_every_required_scenario_and_fails_none() {
        assertThat(report.referenceProblems()).as("scenarios the reference got wrong (%s)", report.referenceTally())
                .isEmpty();
    }

    @Test
    void a_backend_declaring_no_reading_is_checked_by_every_floor() {
        assertThat(report.undeclaredFloors()).as("floor scenarios the reference declaring nothing passed (%s)",
                report.undeclaredTally()).isPositive();
        assertThat(report.undeclaredProblems()).as("the reference declaring no reading, probed (%s; shown: %s)",
                report.undeclaredTally(), report.undeclaredShown()).isEmpty();
    }

    @Test
    void every_mutant_is_killed_by_a_scenario_of_the_statement_it_violates() {
        List<String> missed = report.mutants().stream()
                .filter(result -> result.knownGap() == null && result.kill() != Kill.KILLED_BY_OWN_STATEMENT)
                .map(MutantKillTests::describe).collect(Collectors.toList());
        assertThat(missed).as("mutants not killed by their own statement's scenarios (see target/mutation/kill-matrix.md)")
                .isEmpty();
    }

    @Test
    void a_known_gap_is_still_a_gap() {
        List<String> closed = report.mutants().stream()
                .filter(result -> result.knownGap() != null && result.kill() != Kill.SURVIVED)
                .map(MutantKillTests::describe).collect(Collectors.toList());
        assertThat(closed).as("mutants declared as known gaps that the suite now kills: remove expectedToSurvive")
                .isEmpty();
    }


    private static String describe(MutantResult result) {
        return result.id() + " (violates " + result.violates() + "): " + result.kill() + " [" + result.tally() + "]"
                + (result.otherKillers().isEmpty() ? "" : ", failed instead: " + result.otherKillers());
    }

    private static String tail(String log) {
        List<String> lines = log.lines().collect(Collectors.toList());
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
