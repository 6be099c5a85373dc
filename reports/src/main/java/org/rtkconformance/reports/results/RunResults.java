package org.rtkconformance.reports.results;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run's results.
 *
 * @param file where they were read from
 */
public record RunResults(Path file, String kitVersion, Backend backend, String runId, Optional<String> startedAt,
                         Optional<String> finishedAt, List<ScenarioResult> scenarios, List<UnstableScenario> unstable) {

    /** A scenario whose result changed between the runs of {@code rtk-kit run --repeat}: each run's result, in order. */
    public record UnstableScenario(String id, List<String> results) {
        public UnstableScenario {
            results = List.copyOf(results);
        }
    }

    public RunResults {
        scenarios = List.copyOf(scenarios);
        unstable = List.copyOf(unstable);
    }

    /** How many scenarios got each verdict; every verdict is present, zero included. */
    public Map<Verdict, Integer> counts() {
        return countsOf(scenarios);
    }

    /** How many of {@code scenarios} got each verdict; every verdict is present, zero included. */
    public static Map<Verdict, Integer> countsOf(List<ScenarioResult> scenarios) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, 0);
        }
        scenarios.forEach(s -> counts.merge(s.verdict(), 1, Integer::sum));
        return counts;
    }
}
