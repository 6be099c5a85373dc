package org.rtkconformance.steps.results;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableRow;

/**
 * What the results file says about where a scenario stands in its feature: the feature's name, the
 * rule's, and for an outline the example row as header-to-cell pairs. Built from the feature sources
 * Cucumber reads, keyed by uri and line.
 */
public final class FeatureIndex {

    /** Where one scenario (or example row) stands. */
    public record Place(String feature, String rule, Map<String, String> example) {
    }

    private final Map<String, String> featureNames = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, Place>> places = new ConcurrentHashMap<>();

    /** Indexes the feature file {@code uri} from its source. */
    public void add(String uri, String source) {
        GherkinParser parser = GherkinParser.builder().includeSource(false).includePickles(false).build();
        parser.parse(uri, source.getBytes(StandardCharsets.UTF_8)).forEach(envelope ->
                envelope.getGherkinDocument().flatMap(GherkinDocument::getFeature).ifPresent(f -> index(uri, f)));
    }

    private void index(String uri, Feature feature) {
        featureNames.put(uri, feature.getName());
        Map<Integer, Place> lines = new HashMap<>();
        for (FeatureChild child : feature.getChildren()) {
            child.getScenario().ifPresent(scenario -> indexScenario(lines, feature.getName(), null, scenario));
            child.getRule().ifPresent(rule -> {
                for (RuleChild ruleChild : rule.getChildren()) {
                    ruleChild.getScenario().ifPresent(s -> indexScenario(lines, feature.getName(), rule.getName(), s));
                }
            });
        }
        places.put(uri, lines);
    }

    private static void indexScenario(Map<Integer, Place> lines, String feature, String rule, Scenario scenario) {
        lines.put(scenario.getLocation().getLine().intValue(), new Place(feature, rule, null));
        for (Examples examples : scenario.getExamples()) {
            List<String> header = examples.getTableHeader().map(FeatureIndex::cells).orElse(List.of());
            for (TableRow row : examples.getTableBody()) {
                Map<String, String> example = new LinkedHashMap<>();
                List<String> cells = cells(row);
                for (int i = 0; i < header.size() && i < cells.size(); i++) {
                    example.put(header.get(i), cells.get(i));
                }
                lines.put(row.getLocation().getLine().intValue(), new Place(feature, rule, example));
            }
        }
    }

    private static List<String> cells(TableRow row) {
        return row.getCells().stream().map(cell -> cell.getValue()).toList();
    }

    /** Where the scenario at {@code line} of {@code uri} stands, if the source was read. */
    public Optional<Place> place(String uri, int line) {
        return Optional.ofNullable(places.getOrDefault(uri, Map.of()).get(line));
    }
}
