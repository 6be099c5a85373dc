package org.rtkconformance.reports.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.ScenarioResult;
import org.rtkconformance.reports.results.Verdict;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Allure results of a bundle against its results.json, one for one: every scenario has exactly one Allure
 * result with its history id and a status its class allows, and no Allure result belongs to no scenario.
 * A PASS is only ever "passed" and "passed" is only ever a PASS, so no Allure page can show more passes.
 */
final class AllureCorrespondence {

    /** The Allure statuses each class may have (the mapping of docs/architecture.md). */
    private static final Map<Verdict, Set<String>> STATUSES = Map.of(
            Verdict.PASS, Set.of("passed"),
            Verdict.FAIL, Set.of("failed"),
            // A kit bug or an undefined step may reach Allure as any status but a pass.
            Verdict.UNRESOLVED, Set.of("broken", "failed", "skipped", "unknown"),
            Verdict.UNSUPPORTED, Set.of("skipped"),
            Verdict.NOT_APPLICABLE, Set.of("skipped"));

    private final ObjectMapper json = new ObjectMapper();

    /** The first mismatch, naming the entry or scenario; empty when they agree. */
    Optional<String> firstMismatch(RunResults results, Map<String, byte[]> entries) {
        Map<String, String> statusByHistoryId = new HashMap<>();
        Map<String, String> entryByHistoryId = new HashMap<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String name = entry.getKey();
            if (!name.startsWith(BundleLayout.ALLURE_PREFIX) || !name.endsWith("-result.json")) {
                continue;
            }
            JsonNode result;
            try {
                result = json.readTree(entry.getValue());
            } catch (IOException e) {
                return Optional.of(name + ": not a readable Allure result: " + e.getMessage());
            }
            String historyId = result == null ? "" : result.path("historyId").asText("");
            if (historyId.isEmpty()) {
                return Optional.of(name + ": an Allure result without a historyId; it matches no scenario of " + BundleLayout.RESULTS);
            }
            String earlier = entryByHistoryId.put(historyId, name);
            if (earlier != null) {
                return Optional.of(name + ": a second Allure result for the scenario of " + earlier + " (historyId " + historyId + ")");
            }
            statusByHistoryId.put(historyId, result.path("status").asText("(none)"));
        }
        List<ScenarioResult> scenarios = results.scenarios();
        for (ScenarioResult scenario : scenarios) {
            if (scenario.allureHistoryId().isEmpty()) {
                continue;
            }
            String historyId = scenario.allureHistoryId().get();
            String status = statusByHistoryId.remove(historyId);
            if (status == null) {
                return Optional.of(BundleLayout.ALLURE_PREFIX + ": no Allure result for scenario " + scenario.id() + " '"
                        + scenario.name() + "' (" + scenario.verdict() + " in " + BundleLayout.RESULTS + ", historyId " + historyId + ")");
            }
            if (!STATUSES.get(scenario.verdict()).contains(status)) {
                return Optional.of(entryByHistoryId.get(historyId) + ": Allure status '" + status + "' but scenario "
                        + scenario.id() + " is " + scenario.verdict() + " in " + BundleLayout.RESULTS
                        + " (allowed: " + String.join(", ", new java.util.TreeSet<>(STATUSES.get(scenario.verdict()))) + ")");
            }
        }
        return statusByHistoryId.keySet().stream().sorted().findFirst().map(historyId -> entryByHistoryId.get(historyId)
                + ": an Allure result for no scenario of " + BundleLayout.RESULTS + " (historyId " + historyId + ")");
    }
}
