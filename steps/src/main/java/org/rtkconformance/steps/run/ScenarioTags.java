package org.rtkconformance.steps.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.rtkconformance.adapter.api.ApiVersion;
import org.rtkconformance.adapter.api.Reading;

/**
 * The conformance tags of one scenario (docs/architecture.md): statements, strength, pinned readings
 * and the API version the behaviour needs.
 *
 * @param statements the ids of {@code @statement:<id>} tags, in tag order
 * @param strength   {@code required}, {@code bounded} or {@code interpretation}; empty when untagged
 * @param readings   the readings of {@code @reading:D-n.X} tags
 * @param since      the version of a {@code @since:} tag
 */
public record ScenarioTags(List<String> statements, Optional<String> strength, List<Reading> readings,
                           Optional<ApiVersion> since) {

    public static final String STATEMENT = "@statement:";
    public static final String READING = "@reading:";
    public static final String SINCE = "@since:";
    public static final List<String> STRENGTHS = List.of("required", "bounded", "interpretation");

    /**
     * Tags already read, by tag list: every run of a scenario reads the same tags, and the features hold a
     * bounded number of distinct tag lists. Malformed tags are never stored, so they fail every time.
     */
    private static final Map<List<String>, ScenarioTags> READ = new ConcurrentHashMap<>();

    public ScenarioTags {
        statements = List.copyOf(statements);
        readings = List.copyOf(readings);
    }

    /**
     * Reads the tags as Cucumber reports them ({@code @statement:OPEN-NAME-2}).
     *
     * @throws IllegalArgumentException naming the tag, for a malformed reading or version
     */
    public static ScenarioTags of(Collection<String> tags) {
        return READ.computeIfAbsent(List.copyOf(tags), ScenarioTags::read);
    }

    private static ScenarioTags read(List<String> tags) {
        List<String> statements = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        Optional<String> strength = Optional.empty();
        Optional<ApiVersion> since = Optional.empty();
        for (String tag : tags) {
            if (tag.startsWith(STATEMENT)) {
                statements.add(tag.substring(STATEMENT.length()));
            } else if (tag.startsWith(READING)) {
                readings.add(parse(tag, () -> Reading.parse(tag.substring(READING.length()))));
            } else if (tag.startsWith(SINCE)) {
                since = Optional.of(parse(tag, () -> ApiVersion.parse(tag.substring(SINCE.length()))));
            } else if (STRENGTHS.contains(tag.substring(1))) {
                strength = Optional.of(tag.substring(1));
            }
        }
        return new ScenarioTags(statements, strength, readings, since);
    }

    private static <T> T parse(String tag, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("Malformed tag " + tag + ": " + bad.getMessage(), bad);
        }
    }

    /** The statement ids joined for messages, {@code OPEN-NAME-2, OPEN-NAME-2B}, or a note when none is tagged. */
    public String statementList() {
        return statements.isEmpty() ? "(no @statement tag)" : String.join(", ", statements);
    }
}
