package org.rtkconformance.reports.compare;

import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.ScenarioResult;
import org.rtkconformance.reports.results.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What changed between two runs of one backend. Scenarios are matched by feature, name and example row,
 * not by line, so that editing a feature file does not turn every scenario below the edit into a change.
 *
 * @param newFailures scenarios FAIL or UNRESOLVED now that were not before (or did not exist)
 * @param fixes       scenarios that were FAIL or UNRESOLVED and PASS now
 * @param otherChanges any other change of result
 * @param added       scenarios only in the newer run
 * @param removed     scenarios only in the older run
 * @param readings    declared readings that changed: {@code D-6: D-6.A -> D-6.B}
 */
public record RunDiff(RunResults before, RunResults after, List<Change> newFailures, List<Change> fixes,
                      List<Change> otherChanges, List<ScenarioResult> added, List<ScenarioResult> removed,
                      List<String> readings) {

    /** One scenario whose result changed; {@code before} is empty for a scenario that is new. */
    public record Change(Optional<ScenarioResult> before, ScenarioResult after) {

        /** {@code PASS -> FAIL}. */
        public String transition() {
            return before.map(b -> b.verdict().name()).orElse("(new)") + " -> " + after.verdict();
        }
    }

    /**
     * @throws ReportInputException when the two runs are of different backends
     */
    public static RunDiff of(RunResults before, RunResults after) {
        if (!before.backend().id().equals(after.backend().id())) {
            throw new ReportInputException(after.file(), "is a run of backend '" + after.backend().id() + "' but "
                    + before.file() + " is of '" + before.backend().id() + "'; diff compares two runs of one backend "
                    + "(use compare for several backends)");
        }
        Map<String, ScenarioResult> old = byKey(before);
        Map<String, ScenarioResult> now = byKey(after);
        List<Change> newFailures = new ArrayList<>();
        List<Change> fixes = new ArrayList<>();
        List<Change> other = new ArrayList<>();
        List<ScenarioResult> added = new ArrayList<>();
        now.forEach((key, scenario) -> {
            ScenarioResult was = old.get(key);
            if (was == null) {
                added.add(scenario);
                if (scenario.verdict().blocksConformance()) {
                    newFailures.add(new Change(Optional.empty(), scenario));
                }
            } else if (was.verdict() != scenario.verdict()) {
                Change change = new Change(Optional.of(was), scenario);
                if (scenario.verdict().blocksConformance() && !was.verdict().blocksConformance()) {
                    newFailures.add(change);
                } else if (was.verdict().blocksConformance() && scenario.verdict() == Verdict.PASS) {
                    fixes.add(change);
                } else {
                    other.add(change);
                }
            }
        });
        List<ScenarioResult> removed = old.entrySet().stream().filter(e -> !now.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        List<String> readings = new ArrayList<>();
        TreeSet<String> ambiguities = new TreeSet<>(before.backend().readings().keySet());
        ambiguities.addAll(after.backend().readings().keySet());
        for (String ambiguity : ambiguities) {
            String was = before.backend().readings().getOrDefault(ambiguity, "none");
            String is = after.backend().readings().getOrDefault(ambiguity, "none");
            if (!was.equals(is)) {
                readings.add(ambiguity + ": " + was + " -> " + is);
            }
        }
        return new RunDiff(before, after, newFailures, fixes, other, added, removed, readings);
    }

    /** Whether the newer run is worse: a new failure. */
    public boolean regressed() {
        return !newFailures.isEmpty();
    }

    private static Map<String, ScenarioResult> byKey(RunResults run) {
        Map<String, ScenarioResult> byKey = new LinkedHashMap<>();
        for (ScenarioResult scenario : run.scenarios()) {
            String key = scenario.uri() + "\n" + scenario.name() + "\n" + scenario.example().orElse("");
            if (byKey.putIfAbsent(key, scenario) != null) {
                // Two rows with the same name and example cannot be told apart otherwise.
                byKey.put(key + "\n" + scenario.line(), scenario);
            }
        }
        return byKey;
    }
}
