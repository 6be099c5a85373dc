package org.rtkconformance.reports.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.input.Fields;
import org.rtkconformance.reports.input.JsonFiles;
import org.rtkconformance.reports.input.ReportInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and checks {@code results.json} of format {@code rtk-results/1}. */
public final class RunResultsReader {

    /** The only format this reader understands. */
    public static final String FORMAT = "rtk-results/1";

    private final ObjectMapper json = new ObjectMapper();

    /**
     * @throws ReportInputException naming the file and the first problem found
     */
    public RunResults read(Path file) {
        Fields root = new Fields(file, "the results", JsonFiles.read(json, file, "results file"));
        String format = root.text("format");
        if (!FORMAT.equals(format)) {
            throw root.problem("format is '" + format + "'; this kit reads " + FORMAT);
        }
        Fields backend = root.object("backend");
        Fields run = root.object("run");
        List<ScenarioResult> scenarios = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        List<Fields> entries = root.objects("scenarios");
        for (int i = 0; i < entries.size(); i++) {
            ScenarioResult scenario = scenario(entries.get(i));
            Integer earlier = firstIndex.putIfAbsent(scenario.id(), i);
            if (earlier != null) {
                throw root.problem("scenarios[" + i + "].id '" + scenario.id() + "' is also the id of scenarios[" + earlier
                        + "]; a scenario id is unique within a run");
            }
            scenarios.add(scenario);
        }
        checkCounts(root, scenarios);
        return new RunResults(file, root.object("kit").text("version"), backend(backend),
                run.text("id"), run.optionalText("startedAt"), run.optionalText("finishedAt"), scenarios, unstable(root));
    }

    /** {@code stability.unstable}, written by {@code rtk-kit run --repeat}: present only after repeated runs. */
    private static List<RunResults.UnstableScenario> unstable(Fields root) {
        return root.optionalObject("stability").map(stability -> stability.objects("unstable").stream()
                .map(entry -> new RunResults.UnstableScenario(entry.text("id"), entry.texts("results"))).toList())
                .orElse(List.of());
    }

    /**
     * Checks that every statement a scenario names is in {@code catalog}: results naming statements the kit's
     * catalog does not have come from another catalog, or were edited.
     *
     * @throws ReportInputException naming the first scenario and statement the catalog lacks
     */
    public static void checkStatements(RunResults run, Catalog catalog) {
        for (int i = 0; i < run.scenarios().size(); i++) {
            ScenarioResult scenario = run.scenarios().get(i);
            for (String statement : scenario.statements()) {
                if (catalog.find(statement).isEmpty()) {
                    throw new ReportInputException(run.file(), "scenarios[" + i + "] (" + scenario.id() + ") names statement '"
                            + statement + "', which is not in the catalog " + catalog.file());
                }
            }
        }
    }

    /** {@code counts}, when present, must hold all five classes and agree with the scenarios, class by class. */
    private static void checkCounts(Fields root, List<ScenarioResult> scenarios) {
        if (!root.has("counts")) {
            return;
        }
        Fields counts = root.object("counts");
        Map<Verdict, Integer> tally = new EnumMap<>(Verdict.class);
        scenarios.forEach(s -> tally.merge(s.verdict(), 1, Integer::sum));
        for (Verdict verdict : Verdict.values()) {
            long recorded = counts.optionalNumber(verdict.name())
                    .orElseThrow(() -> root.problem("counts has no '" + verdict.name() + "'; it holds all five classes"));
            int actual = tally.getOrDefault(verdict, 0);
            if (recorded != actual) {
                throw root.problem("counts." + verdict.name() + " is " + recorded + " but " + actual + " of the "
                        + scenarios.size() + " scenarios are " + verdict.name());
            }
        }
    }

    /** The backend, or, when none could be chosen, the error the suite recorded instead of its id. */
    private static Backend backend(Fields backend) {
        java.util.Optional<String> error = backend.optionalText("error");
        String id = error.isPresent() ? backend.optionalText("id").orElse(Backend.NONE) : backend.text("id");
        return new Backend(id, backend.optionalText("vendor").orElse(""),
                backend.optionalText("product").orElse(""), backend.optionalText("version").orElse(""),
                backend.optionalText("apiVersion").orElse(""), backend.texts("capabilities"),
                backend.textMap("readings"), error, probed(backend));
    }

    /** {@code backend.shownReadings}: present only when the run probed an ambiguity. */
    private static java.util.Map<String, ProbedAmbiguity> probed(Fields backend) {
        java.util.Map<String, ProbedAmbiguity> probed = new java.util.LinkedHashMap<>();
        backend.optionalObject("shownReadings").ifPresent(shown -> shown.names().forEach(ambiguity -> {
            Fields entry = shown.object(ambiguity);
            probed.put(ambiguity, new ProbedAmbiguity(entry.texts("tried"), entry.texts("shown")));
        }));
        return probed;
    }

    private static ScenarioResult scenario(Fields scenario) {
        String result = scenario.text("result");
        Verdict verdict = Arrays.stream(Verdict.values()).filter(v -> v.name().equals(result)).findFirst()
                .orElseThrow(() -> scenario.problem("result '" + result + "' of scenario '"
                        + scenario.optionalText("name").orElse("?") + "' is not one of "
                        + Arrays.toString(Verdict.values())));
        return new ScenarioResult(scenario.text("id"), scenario.text("uri"),
                scenario.optionalNumber("line").orElse(0L), scenario.optionalText("feature").orElse(""),
                scenario.optionalText("rule"), scenario.text("name"), scenario.optionalTextOrPairs("example"),
                scenario.texts("statements"), scenario.optionalText("strength"), scenario.texts("readings"),
                scenario.optionalText("since"), verdict, scenario.optionalText("message"),
                scenario.optionalNumber("durationMillis").orElse(0L), scenario.optionalText("allureHistoryId"));
    }
}
