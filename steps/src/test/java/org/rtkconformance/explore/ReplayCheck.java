package org.rtkconformance.explore;

import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.selftest.mutants.Mutant;
import org.rtkconformance.selftest.naive.NaivePorts;
import org.rtkconformance.selftest.sweep.ScenarioOutcome;
import org.rtkconformance.selftest.sweep.SuiteLaunch;
import org.rtkconformance.selftest.sweep.SweepDispatchProvider;
import org.rtkconformance.steps.results.ResultClass;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/**
 * Proves that a printed finding is a real scenario of the kit: for each naive port, explores it, writes the
 * printed scenario into a feature file, and runs that file through Cucumber with the kit's own glue against
 * the port (it must FAIL) and against the reference with the port's readings (it must PASS). Runs in a JVM
 * of its own with the sweep's dispatcher registered ({@link ExplorationReplayTests}); exit status 0 when every
 * replay holds, 1 otherwise.
 */
public final class ReplayCheck {

    private ReplayCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        List<Mutant> ports = NaivePorts.wrongOneCallAtATime(); // the race-only ports give exploration nothing to replay
        SweepDispatchProvider.select(ports.get(0).provider());
        boolean holds = true;
        for (Mutant port : ports) {
            BackendProvider reference = ReferenceOracle.of(port.provider());
            ExplorationResult result = new Explorer(port.provider(), reference).explore(Explorer.Settings.of(7, 10_000));
            if (result.finding().isEmpty()) {
                System.out.println(port.id() + ": exploration found nothing to replay");
                holds = false;
                continue;
            }
            Path feature = dir.resolve(port.id().replace(':', '-') + ".feature");
            String scenario = ScenarioWriter.scenario(result, "seed 7");
            Files.writeString(feature, "Feature: Replay of an exploration finding\n\n" + scenario.indent(2),
                    StandardCharsets.UTF_8);
            ResultClass onPort = runOn(port.provider(), feature);
            ResultClass onReference = runOn(reference, feature);
            boolean ok = onPort == ResultClass.FAIL && onReference == ResultClass.PASS;
            holds &= ok;
            System.out.println(port.id() + ": the printed scenario is " + onPort + " on the port and " + onReference
                    + " on the reference" + (ok ? "" : "  <-- expected FAIL and PASS; see " + feature));
        }
        System.exit(holds ? 0 : 1);
    }

    private static ResultClass runOn(BackendProvider backend, Path feature) {
        SweepDispatchProvider.target(backend);
        List<ScenarioOutcome> outcomes = new SuiteLaunch(selectFile(feature.toFile()), SuiteLaunch.GLUE).run();
        if (outcomes.size() != 1) {
            throw new IllegalStateException(feature + " ran " + outcomes.size() + " scenarios, not one");
        }
        if (outcomes.get(0).result() != ResultClass.PASS) {
            System.out.println("  " + outcomes.get(0).result() + ": " + outcomes.get(0).message().lines().findFirst().orElse(""));
        }
        return outcomes.get(0).result();
    }
}
