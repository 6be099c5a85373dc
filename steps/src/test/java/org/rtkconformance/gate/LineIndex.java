package org.rtkconformance.gate;

import java.util.Map;

import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableRow;

/** Maps the AST node ids pickles refer to (scenarios and example rows) to their lines, for gate messages. */
final class LineIndex {

    private LineIndex() {
    }

    static void fill(Feature feature, Map<String, Long> lineOfNode) {
        for (FeatureChild child : feature.getChildren()) {
            child.getScenario().ifPresent(s -> add(s, lineOfNode));
            child.getRule().ifPresent(rule -> {
                for (RuleChild ruleChild : rule.getChildren()) {
                    ruleChild.getScenario().ifPresent(s -> add(s, lineOfNode));
                }
            });
        }
    }

    private static void add(Scenario scenario, Map<String, Long> lineOfNode) {
        lineOfNode.put(scenario.getId(), scenario.getLocation().getLine());
        for (Examples examples : scenario.getExamples()) {
            for (TableRow row : examples.getTableBody()) {
                lineOfNode.put(row.getId(), row.getLocation().getLine());
            }
        }
    }
}
