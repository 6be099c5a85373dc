package org.rtkconformance.selftest.coverage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.rtkconformance.reference.ReferenceBackendProvider;
import org.rtkconformance.reference.rules.Ambiguity;
import org.rtkconformance.reference.rules.Readings;
import org.rtkconformance.selftest.sweep.BaselineCheck;
import org.rtkconformance.selftest.sweep.ScenarioOutcome;
import org.rtkconformance.selftest.sweep.SuiteLaunch;
import org.rtkconformance.selftest.sweep.SweepDispatchProvider;
import org.rtkconformance.steps.results.ResultClass;

/**
 * The conformance suite against the reference under every reading it offers: the defaults, then each other
 * reading on its own (with the readings it needs to take effect: D-2 only matters under D-3.B). Each
 * reading's scenarios then apply, so the run reaches the branches of every reading. Started by
 * {@link CoverageRun} with the coverage agent; writes {@code readings.md}, one line per configuration.
 */
public final class ReadingsSweep {

    private ReadingsSweep() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ReadingsSweep <output directory>  (started by CoverageRun)");
        }
        List<String> configurations = configurations();
        SweepDispatchProvider.select(reference(configurations.get(0)));
        SuiteLaunch suite = SuiteLaunch.conformanceSuite();
        StringBuilder md = new StringBuilder("# The conformance suite on the reference under each reading\n\n"
                + "| readings (beyond the defaults) | result classes | failed scenarios |\n|---|---|---|\n");
        int failed = 0;
        for (String readings : configurations) {
            SweepDispatchProvider.target(reference(readings));
            List<ScenarioOutcome> outcomes = suite.run();
            List<String> wrong = outcomes.stream().filter(o -> o.result() == ResultClass.FAIL || o.result() == ResultClass.UNRESOLVED)
                    .map(ScenarioOutcome::scenario).toList();
            failed += wrong.size();
            String shown = readings.isEmpty() ? "(defaults)" : readings;
            md.append("| ").append(shown).append(" | ").append(BaselineCheck.tally(outcomes)).append(" | ")
                    .append(wrong.isEmpty() ? "" : String.join("; ", wrong)).append(" |\n");
            System.out.println(String.format("%-22s %s%s", shown, BaselineCheck.tally(outcomes),
                    wrong.isEmpty() ? "" : " " + wrong));
        }
        Files.writeString(Path.of(args[0]).resolve("readings.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.println(configurations.size() + " reading configurations, " + failed + " scenarios failed or broke");
    }

    private static ReferenceBackendProvider reference(String readings) {
        return ReferenceBackendProvider.withReadings(Readings.parse(readings, "reading configuration"));
    }

    /** The defaults (empty), then every reading that is not a default, with what it needs to take effect. */
    static List<String> configurations() {
        Readings defaults = Readings.defaults();
        Set<String> configurations = new LinkedHashSet<>();
        configurations.add("");
        List<String> alternatives = new ArrayList<>();
        for (Ambiguity ambiguity : Ambiguity.values()) {
            for (String letter : ambiguity.choices().keySet()) {
                if (!defaults.is(ambiguity, letter)) {
                    alternatives.add(ambiguity.id() + "." + letter);
                }
            }
        }
        for (String reading : alternatives) {
            configurations.add(reading.startsWith("D-2.") ? reading + ",D-3.B" : reading);
        }
        configurations.add("D-2.A,D-3.B");
        return new ArrayList<>(configurations);
    }
}
