package org.rtkconformance.selftest.sweep;

import java.util.List;

import org.rtkconformance.steps.results.ResultClass;

/**
 * One scenario of one launch, as the sweep judges kills by it.
 *
 * @param scenario the feature file and line with the scenario's name, {@code name.feature:72 A name of 256 code units}
 * @param tags     the scenario's tags without the {@code @} ({@code statement:OPEN-NAME-2}, {@code reading:D-8.A})
 * @param result   its result class (docs/architecture.md)
 * @param message  the failure or abort message; empty for a pass
 */
public record ScenarioOutcome(String scenario, List<String> tags, ResultClass result, String message) {

    public ScenarioOutcome {
        tags = List.copyOf(tags);
        message = message == null ? "" : message;
    }

    /** The ids of the scenario's {@code @statement:} tags. */
    public List<String> statements() {
        return valuesOf("statement:");
    }

    /** The readings of the scenario's {@code @reading:} tags. */
    public List<String> readings() {
        return valuesOf("reading:");
    }

    /** Whether the scenario carries the strength tag {@code strength} ({@code required}). */
    public boolean is(String strength) {
        return tags.contains(strength);
    }

    private List<String> valuesOf(String prefix) {
        return tags.stream().filter(tag -> tag.startsWith(prefix)).map(tag -> tag.substring(prefix.length())).toList();
    }
}
