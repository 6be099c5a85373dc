package org.rtkconformance.reports.kit;

import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.adapter.api.Reading;
import org.rtkconformance.adapter.api.discovery.BackendSelection;
import org.rtkconformance.explore.ExplorationResult;
import org.rtkconformance.explore.Explorer;
import org.rtkconformance.explore.ScenarioWriter;
import org.rtkconformance.reference.ReferenceBackendProvider;
import org.rtkconformance.reference.rules.Readings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code rtk-kit explore}: differential exploration of a backend against the reference configured with the
 * readings the backend declares (docs/exploration.md). Each seed is one exploration; a divergence is printed
 * as a minimal Gherkin scenario with the command that replays it, and makes the exit code 1.
 */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = "Runs seeded random sequences of documented calls on a backend and on the reference (with the"
                + " backend's readings) in lockstep; prints each divergence, shrunk, as a ready-to-paste scenario.")
final class ExploreCommand implements Callable<Integer> {

    @Option(names = {"-b", "--backend"}, defaultValue = "reference", paramLabel = "<id>",
            description = "the backend to explore (default: ${DEFAULT-VALUE})")
    String backend;

    @Option(names = "--seed", paramLabel = "<seed>", split = ",",
            description = "seeds to explore, one exploration each (repeatable, or comma-separated)")
    List<Long> seeds = new ArrayList<>();

    @Option(names = "--fresh-seed", description = "also explore one fresh random seed (printed, so the run replays)")
    boolean freshSeed;

    @Option(names = {"-n", "--operations"}, defaultValue = "10000", paramLabel = "<count>",
            description = "lockstep operations per seed (default: ${DEFAULT-VALUE})")
    long operations;

    @Option(names = "--sequence-length", defaultValue = "40", paramLabel = "<count>",
            description = "actions per sequence before both sessions start afresh (default: ${DEFAULT-VALUE})")
    int sequenceLength;

    @Option(names = "--shrink-budget", defaultValue = "2000", paramLabel = "<runs>",
            description = "lockstep runs shrinking a divergence may take (default: ${DEFAULT-VALUE})")
    int shrinkBudget;

    @Option(names = {"-s", "--setting"}, paramLabel = "<key=value>",
            description = "a backend setting, passed as the system property rtk.<backend>.<key>")
    Map<String, String> settings = Map.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        settings.forEach((key, value) -> System.setProperty("rtk." + backend + "." + key, value));
        BackendProvider explored = provider();
        explored.unavailableReason().ifPresent(reason -> {
            throw new ParameterException(spec.commandLine(), "--backend " + backend + " cannot run here: " + reason);
        });
        BackendProvider reference = referenceFor(explored);
        List<Long> chosen = new ArrayList<>(seeds);
        if (freshSeed || chosen.isEmpty()) {
            chosen.add(new SecureRandom().nextLong());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("explore: backend " + backend + " against the reference with readings "
                + explored.manifest().readings().values().stream().map(Reading::toString).collect(Collectors.joining(","))
                + "; seeds " + chosen);
        int findings = 0;
        for (long seed : chosen) {
            Explorer.Settings run = checked(seed);
            ExplorationResult result = new Explorer(explored, reference).explore(run);
            out.println(String.format(Locale.ROOT, "explore: backend=%s seed=%d operations=%d sequences=%d time=%.2fs"
                            + " operations/s=%.0f per-operation=%.1fus divergence=%s", backend, seed, result.operations(),
                    result.sequences(), result.exploreSeconds(), result.operationsPerSecond(),
                    result.operations() == 0 ? 0 : result.exploreSeconds() * 1e6 / result.operations(),
                    result.finding().isPresent() ? "FOUND" : "none"));
            if (result.finding().isPresent()) {
                findings++;
                out.println();
                out.print(ScenarioWriter.scenario(result, replay(seed)));
                out.println();
            }
        }
        out.flush();
        return findings == 0 ? RtkKit.EXIT_OK : RtkKit.EXIT_NON_CONFORMANT;
    }

    private Explorer.Settings checked(long seed) {
        try {
            return new Explorer.Settings(seed, operations, sequenceLength, shrinkBudget);
        } catch (IllegalArgumentException bad) {
            throw new ParameterException(spec.commandLine(), bad.getMessage());
        }
    }

    private BackendProvider provider() {
        BackendSelection selection = BackendSelection.discover(ExploreCommand.class.getClassLoader());
        try {
            return selection.select(backend);
        } catch (IllegalStateException unknown) {
            throw new ParameterException(spec.commandLine(), "--backend " + backend + ": no such backend; available: "
                    + selection.providers().stream().map(p -> p.manifest().id()).sorted().collect(Collectors.joining(", ")));
        }
    }

    /** The reference declaring what {@code explored} declares (the defaults where it declares nothing). */
    private BackendProvider referenceFor(BackendProvider explored) {
        String declared = explored.manifest().readings().values().stream().map(Reading::toString)
                .collect(Collectors.joining(","));
        try {
            return ReferenceBackendProvider.withReadings(Readings.parse(declared, "the readings backend " + backend
                    + " declares"));
        } catch (IllegalArgumentException unusable) {
            throw new ParameterException(spec.commandLine(), "--backend " + backend + ": " + unusable.getMessage());
        }
    }

    private String replay(long seed) {
        return "java -jar rtk-kit.jar explore --backend " + backend + " --seed " + seed + " --operations " + operations
                + (sequenceLength != 40 ? " --sequence-length " + sequenceLength : "")
                + settings.entrySet().stream().map(e -> " -s " + e.getKey() + "=" + e.getValue()).collect(Collectors.joining());
    }
}
