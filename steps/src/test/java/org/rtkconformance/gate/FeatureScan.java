package org.rtkconformance.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;

/**
 * Reads feature files with the Gherkin parser Cucumber ships and yields every scenario with its tags
 * (feature, rule, scenario and examples tags, as Cucumber itself inherits them).
 */
final class FeatureScan {

    private FeatureScan() {
    }

    /**
     * The scenarios of one feature file.
     *
     * @throws IOException naming {@code fileName} and the parse errors, when the file is not valid Gherkin
     */
    static List<TaggedScenario> scan(String fileName, String source) throws IOException {
        List<Envelope> envelopes = GherkinParser.builder().includeSource(false).includeGherkinDocument(true)
                .includePickles(true).build().parse(fileName, source.getBytes(StandardCharsets.UTF_8)).toList();
        List<String> errors = new ArrayList<>();
        Map<String, Long> lineOfNode = new HashMap<>();
        for (Envelope envelope : envelopes) {
            envelope.getParseError().ifPresent(error -> errors.add(error.getMessage()));
            envelope.getGherkinDocument().flatMap(d -> d.getFeature()).ifPresent(feature -> LineIndex.fill(feature, lineOfNode));
        }
        if (!errors.isEmpty()) {
            throw new IOException(fileName + " is not valid Gherkin: " + String.join("; ", errors));
        }
        List<TaggedScenario> scenarios = new ArrayList<>();
        for (Envelope envelope : envelopes) {
            envelope.getPickle().ifPresent(pickle -> scenarios.add(new TaggedScenario(
                    fileName + ":" + line(pickle, lineOfNode), pickle.getTags().stream().map(PickleTag::getName).toList())));
        }
        return scenarios;
    }

    /** The example row's line for an outline, else the scenario's. */
    private static long line(Pickle pickle, Map<String, Long> lineOfNode) {
        List<String> ids = pickle.getAstNodeIds();
        return lineOfNode.getOrDefault(ids.get(ids.size() - 1), 0L);
    }
}
