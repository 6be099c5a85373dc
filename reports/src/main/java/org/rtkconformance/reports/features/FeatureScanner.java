package org.rtkconformance.reports.features;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.ParseError;
import io.cucumber.messages.types.Rule;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Step;
import io.cucumber.messages.types.TableRow;
import io.cucumber.messages.types.Tag;
import org.rtkconformance.reports.input.ReportInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds every {@code *.feature} under a directory and lists its scenarios with their inherited tags. */
public final class FeatureScanner {

    private final GherkinParser parser = GherkinParser.builder()
            .includeSource(false).includePickles(false).includeGherkinDocument(true).build();

    /**
     * @param directory the features directory; files are reported relative to it, in path order
     * @throws ReportInputException for a missing directory or a feature file Gherkin cannot parse
     */
    public List<FeatureScenario> scan(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ReportInputException(directory, "the features directory does not exist");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(p -> p.toString().endsWith(".feature") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new ReportInputException(directory, "cannot list the feature files: " + e.getMessage(), e);
        }
        List<FeatureScenario> scenarios = new ArrayList<>();
        for (Path file : files) {
            scenarios.addAll(scanFile(file, directory.relativize(file).toString().replace('\\', '/')));
        }
        return scenarios;
    }

    private List<FeatureScenario> scanFile(Path file, String path) {
        List<Envelope> envelopes;
        try (Stream<Envelope> stream = parser.parse(file)) {
            envelopes = stream.toList();
        } catch (IOException e) {
            throw new ReportInputException(file, "cannot read the feature file: " + e.getMessage(), e);
        }
        for (Envelope envelope : envelopes) {
            Optional<ParseError> error = envelope.getParseError();
            if (error.isPresent()) {
                // Gherkin's message already starts with "(line:column)".
                throw new ReportInputException(file, "not valid Gherkin: " + error.get().getMessage());
            }
        }
        List<FeatureScenario> scenarios = new ArrayList<>();
        envelopes.stream().map(Envelope::getGherkinDocument).flatMap(Optional::stream)
                .map(GherkinDocument::getFeature).flatMap(Optional::stream)
                .forEach(feature -> collect(feature, path, scenarios));
        return scenarios;
    }

    private static void collect(Feature feature, String path, List<FeatureScenario> into) {
        List<String> featureTags = names(feature.getTags());
        for (FeatureChild child : feature.getChildren()) {
            child.getScenario().ifPresent(s -> into.add(scenario(s, path, feature.getName(), Optional.empty(), featureTags)));
            child.getRule().ifPresent(rule -> collectRule(rule, path, feature.getName(), featureTags, into));
        }
    }

    private static void collectRule(Rule rule, String path, String featureName, List<String> featureTags,
                                    List<FeatureScenario> into) {
        List<String> inherited = new ArrayList<>(featureTags);
        inherited.addAll(names(rule.getTags()));
        for (RuleChild child : rule.getChildren()) {
            child.getScenario().ifPresent(s -> into.add(
                    scenario(s, path, featureName, Optional.of(rule.getName()), inherited)));
        }
    }

    private static FeatureScenario scenario(Scenario scenario, String path, String feature, Optional<String> rule,
                                            List<String> inherited) {
        List<String> tags = new ArrayList<>(inherited);
        tags.addAll(names(scenario.getTags()));
        long line = scenario.getLocation().getLine();
        long last = line;
        for (Step step : scenario.getSteps()) {
            last = Math.max(last, step.getLocation().getLine());
        }
        for (Examples examples : scenario.getExamples()) {
            tags.addAll(names(examples.getTags()));
            for (TableRow row : examples.getTableBody()) {
                last = Math.max(last, row.getLocation().getLine());
            }
        }
        return new FeatureScenario(path, line, last, feature, rule, scenario.getName(),
                tags.stream().distinct().toList());
    }

    private static List<String> names(List<Tag> tags) {
        return tags.stream().map(t -> t.getName().startsWith("@") ? t.getName().substring(1) : t.getName()).toList();
    }
}
