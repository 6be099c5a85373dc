package org.rtkconformance.reports.rulebook;

import org.rtkconformance.reports.allure.AllureReportIndex;
import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.catalog.Statement;
import org.rtkconformance.reports.features.FeatureScenario;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.ScenarioResult;
import org.rtkconformance.reports.results.Verdict;
import org.rtkconformance.reports.verdict.StatementRollup;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Joins the catalog, the feature files and the latest results. A result belongs to the scenario of the
 * same feature file whose lines contain the result's line (an outline's rows lie below its keyword).
 */
public final class RuleBookAssembler {

    private final Optional<AllureReportIndex> allure;
    private final Function<String, String> linkToUid;

    /**
     * @param allure    the generated report, to link results to their entries
     * @param linkToUid turns an Allure test case uid into a link relative to the rule book
     */
    public RuleBookAssembler(Optional<AllureReportIndex> allure, Function<String, String> linkToUid) {
        this.allure = allure;
        this.linkToUid = linkToUid;
    }

    public RuleBook assemble(Catalog catalog, List<FeatureScenario> scenarios, Optional<RunResults> run) {
        Map<FeatureScenario, List<TracedResult>> results = new IdentityHashMap<>();
        scenarios.forEach(s -> results.put(s, new ArrayList<>()));
        List<ScenarioResult> unmatched = new ArrayList<>();
        run.ifPresent(r -> r.scenarios().forEach(result -> scenarios.stream()
                .filter(s -> sameFile(result.uri(), s.path()) && s.covers(result.line())).findFirst()
                .ifPresentOrElse(s -> results.get(s).add(traced(result)), () -> unmatched.add(result))));

        Map<String, List<ScenarioTrace>> byStatement = new LinkedHashMap<>();
        Map<String, List<FeatureScenario>> unknown = new TreeMap<>();
        List<FeatureScenario> untagged = new ArrayList<>();
        for (FeatureScenario scenario : scenarios) {
            if (scenario.statements().isEmpty()) {
                untagged.add(scenario);
            }
            for (String id : scenario.statements()) {
                if (catalog.find(id).isPresent()) {
                    byStatement.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new ScenarioTrace(scenario, results.get(scenario)));
                } else {
                    unknown.computeIfAbsent(id, k -> new ArrayList<>()).add(scenario);
                }
            }
        }
        List<StatementEntry> entries = new ArrayList<>();
        for (Statement statement : catalog.statements()) {
            List<ScenarioTrace> traces = byStatement.getOrDefault(statement.id(), List.of());
            entries.add(new StatementEntry(statement, traces, rollup(traces, run)));
        }
        return new RuleBook(catalog.file(), catalog.ambiguities(), entries, run, untagged, unknown, unmatched);
    }

    /**
     * The kit's one roll-up rule over a statement's traced results. A scenario without a result did not run,
     * unless it pins a reading the backend does not declare: then it would have been NOT_APPLICABLE.
     */
    static StatementRollup rollup(List<ScenarioTrace> traces, Optional<RunResults> run) {
        List<Verdict> verdicts = new ArrayList<>();
        int notRun = 0;
        for (ScenarioTrace trace : traces) {
            trace.results().forEach(r -> verdicts.add(r.result().verdict()));
            if (trace.results().isEmpty()) {
                boolean applies = run.map(r -> r.backend().readings().values().containsAll(trace.scenario().readings()))
                        .orElse(true);
                if (applies) {
                    notRun++;
                } else {
                    verdicts.add(Verdict.NOT_APPLICABLE);
                }
            }
        }
        return StatementRollup.ofVerdicts(verdicts, notRun);
    }

    private TracedResult traced(ScenarioResult result) {
        Optional<String> link = result.allureHistoryId()
                .flatMap(id -> allure.flatMap(index -> index.byHistoryId(id)))
                .map(testCase -> linkToUid.apply(testCase.uid()));
        return new TracedResult(result, link);
    }

    /** Whether a Cucumber uri ({@code classpath:org/.../open/name.feature}) names the file at {@code path}. */
    static boolean sameFile(String uri, String path) {
        String normalized = uri.replace('\\', '/');
        return normalized.equals(path) || normalized.endsWith("/" + path) || normalized.endsWith(":" + path);
    }
}
