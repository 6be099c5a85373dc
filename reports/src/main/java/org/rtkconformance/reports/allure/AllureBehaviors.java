package org.rtkconformance.reports.allure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.input.JsonFiles;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.ScenarioResult;
import org.rtkconformance.reports.verdict.StatementRollup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Rewrites the behaviour labels of Allure results so that the Behaviors tab reads as the page does: the
 * page section (epic: the feature file, one per section of the page), then each statement the scenario
 * checks (feature: id and text), then the scenario (story: its name, outline rows with their values). Each
 * statement link and a tag carry the statement's state on the result's backend under the kit's one
 * roll-up rule ({@link StatementRollup}), so that the report never shows a statement green that the rule
 * book calls NOT_VERIFIED.
 */
public final class AllureBehaviors {

    /** Where the suite points statement links: the rule book beside the report, {@code ../rulebook/index.html}. */
    public static final String RULE_BOOK = "../rulebook/index.html";

    private static final Set<String> BEHAVIOR_LABELS = Set.of("epic", "feature", "story");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Catalog catalog;

    public AllureBehaviors(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Relabels every result in {@code directory} that belongs to one of {@code runs} (matched by history id).
     *
     * @return how many results were relabelled
     */
    public int apply(Path directory, List<RunResults> runs) {
        return apply(directory, runs, runs.stream().map(r -> RULE_BOOK).toList());
    }

    /**
     * Relabels as {@link #apply(Path, List)} does, and points each run's statement links to its own rule book.
     *
     * @param ruleBooks for each run, in the same order, its rule book page relative to the report
     */
    public int apply(Path directory, List<RunResults> runs, List<String> ruleBooks) {
        if (ruleBooks.size() != runs.size()) {
            throw new IllegalArgumentException(ruleBooks.size() + " rule books for " + runs.size() + " runs");
        }
        Map<String, ScenarioResult> byHistoryId = new HashMap<>();
        Map<String, Map<String, StatementRollup>> rollups = new HashMap<>();
        Map<String, String> ruleBookOf = new HashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            Map<String, StatementRollup> rollup = rollups(runs.get(i));
            String ruleBook = ruleBooks.get(i);
            for (ScenarioResult scenario : runs.get(i).scenarios()) {
                scenario.allureHistoryId().ifPresent(id -> {
                    byHistoryId.put(id, scenario);
                    rollups.put(id, rollup);
                    ruleBookOf.put(id, ruleBook);
                });
            }
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(f -> f.getFileName().toString().endsWith("-result.json")).sorted().toList();
        } catch (IOException e) {
            throw new ReportInputException(directory, "cannot list the Allure results: " + e.getMessage(), e);
        }
        int relabelled = 0;
        for (Path file : files) {
            JsonNode node = JsonFiles.read(JSON, file, "Allure result");
            String historyId = node.path("historyId").asText("");
            ScenarioResult scenario = byHistoryId.get(historyId);
            if (scenario == null || !(node instanceof ObjectNode result)) {
                continue;
            }
            relabel(result, scenario, rollups.get(historyId), ruleBookOf.get(historyId));
            write(file, result);
            relabelled++;
        }
        return relabelled;
    }

    /** Every statement the run's scenarios name, rolled up over them. */
    public static Map<String, StatementRollup> rollups(RunResults run) {
        Map<String, List<org.rtkconformance.reports.results.Verdict>> byStatement = new LinkedHashMap<>();
        run.scenarios().forEach(s -> s.statements()
                .forEach(id -> byStatement.computeIfAbsent(id, k -> new ArrayList<>()).add(s.verdict())));
        Map<String, StatementRollup> rollups = new HashMap<>();
        byStatement.forEach((id, verdicts) -> rollups.put(id, StatementRollup.ofVerdicts(verdicts, 0)));
        return rollups;
    }

    private void relabel(ObjectNode result, ScenarioResult scenario, Map<String, StatementRollup> rollups, String ruleBook) {
        ArrayNode labels = JSON.createArrayNode();
        result.path("labels").forEach(label -> {
            if (!BEHAVIOR_LABELS.contains(label.path("name").asText())) {
                labels.add(label);
            }
        });
        labels.addObject().put("name", "epic").put("value", scenario.feature());
        for (String id : scenario.statements()) {
            String text = catalog.find(id).map(s -> id + ": " + s.text()).orElse(id);
            labels.addObject().put("name", "feature").put("value", text);
            StatementRollup rollup = rollups.get(id);
            labels.addObject().put("name", "tag").put("value", id + " " + rollup.text());
        }
        labels.addObject().put("name", "story").put("value", result.path("name").asText(scenario.name()));
        result.set("labels", labels);
        if (result.path("links") instanceof ArrayNode links) {
            links.forEach(link -> {
                String id = link.path("name").asText();
                if ("statement".equals(link.path("type").asText()) && rollups.containsKey(id) && link instanceof ObjectNode l) {
                    StatementRollup rollup = rollups.get(id);
                    l.put("name", id + ": " + rollup.text() + (rollup.reason().isEmpty() ? "" : " (" + rollup.reason() + ")"));
                    l.put("url", ruleBook + "#" + id);
                }
            });
        }
    }

    private static void write(Path file, ObjectNode result) {
        try {
            JSON.writeValue(file.toFile(), result);
        } catch (IOException e) {
            throw new ReportInputException(file, "cannot rewrite the Allure result: " + e.getMessage(), e);
        }
    }
}
