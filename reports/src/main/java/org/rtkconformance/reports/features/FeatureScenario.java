package org.rtkconformance.reports.features;

import java.util.List;
import java.util.Optional;

/**
 * One scenario or scenario outline of a feature file, with the tags it inherits from its feature and rule.
 *
 * @param path      the feature file relative to the features directory, with forward slashes
 * @param line      the line of its {@code Scenario:} keyword
 * @param lastLine  its last line (the last example row of an outline), so that results per row map to it
 * @param feature   the feature's name
 * @param rule      the rule's name, if it sits in a rule
 * @param name      its name as written (an outline keeps its {@code <placeholders>})
 * @param tags      every tag that applies, without {@code @}, feature tags first
 */
public record FeatureScenario(String path, long line, long lastLine, String feature, Optional<String> rule,
                              String name, List<String> tags) {

    public FeatureScenario {
        tags = List.copyOf(tags);
    }

    /** The statement ids of its {@code @statement:} tags. */
    public List<String> statements() {
        return valuesOf("statement:");
    }

    /** The readings of its {@code @reading:} tags ({@code D-8.A}). */
    public List<String> readings() {
        return valuesOf("reading:");
    }

    /** Its strength tag: required, bounded or interpretation. */
    public Optional<String> strength() {
        return tags.stream().filter(t -> t.equals("required") || t.equals("bounded") || t.equals("interpretation"))
                .findFirst();
    }

    /** Its {@code @since:} version. */
    public Optional<String> since() {
        return valuesOf("since:").stream().findFirst();
    }

    /** Whether a result at {@code resultLine} of this file belongs to this scenario. */
    public boolean covers(long resultLine) {
        return resultLine >= line && resultLine <= lastLine;
    }

    private List<String> valuesOf(String prefix) {
        return tags.stream().filter(t -> t.startsWith(prefix)).map(t -> t.substring(prefix.length()))
                .distinct().toList();
    }
}
