package org.rtkconformance.steps.results;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestSourceRead;
import io.cucumber.plugin.event.WriteEvent;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.Reading;
import org.rtkconformance.steps.run.AllureHistoryId;
import org.rtkconformance.steps.run.ConformanceRun;
import org.rtkconformance.steps.run.ScenarioTags;
import org.rtkconformance.steps.run.Taxonomy;

/**
 * The Cucumber plugin that judges the run: it classifies every scenario into PASS, FAIL, UNRESOLVED,
 * UNSUPPORTED or NOT_APPLICABLE, prints one summary line, and writes {@code results.json} (into
 * {@code -Drtk.results.dir}, default {@code target/rtk-results}) and the Allure {@code environment.properties}.
 */
public final class ConformanceResultsPlugin implements ConcurrentEventListener {

    /** The system property naming the directory {@code results.json} goes to. */
    public static final String RESULTS_DIR_PROPERTY = "rtk.results.dir";
    private static final String RESULTS_DIR_DEFAULT = "target/rtk-results";

    private final FeatureIndex features = new FeatureIndex();
    private final List<ScenarioRecord> scenarios = Collections.synchronizedList(new ArrayList<>());
    /** What each running scenario logged (Scenario.log), by test case id, until it finishes. */
    private final Map<java.util.UUID, List<String>> logs = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestSourceRead.class, event -> features.add(event.getUri().toString(), event.getSource()));
        publisher.registerHandlerFor(WriteEvent.class, event -> logs.computeIfAbsent(event.getTestCase().getId(),
                id -> Collections.synchronizedList(new ArrayList<>())).add(event.getText()));
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, this::runFinished);
    }

    private void finished(TestCaseFinished event) {
        TestCase testCase = event.getTestCase();
        ScenarioTags tags = ScenarioTags.of(testCase.getTags());
        String uri = testCase.getUri().toString();
        int line = testCase.getLocation().getLine();
        FeatureIndex.Place place = features.place(uri, line).orElse(new FeatureIndex.Place(null, null, null));
        ResultClass result = ResultClass.of(event.getResult());
        scenarios.add(new ScenarioRecord(fileName(uri) + ":" + line, uri, line, place.feature(), place.rule(),
                testCase.getName(), place.example(), tags.statements(), tags.strength().orElse(null),
                tags.readings().stream().map(Reading::toString).toList(), tags.since().map(Enum::name).orElse(null),
                result, result == ResultClass.PASS ? null : ResultClass.messageOf(event.getResult()),
                event.getResult().getDuration().toMillis(),
                backendId().map(id -> AllureHistoryId.of(id, testCase.getUri(), line, testCase.getName())).orElse(null),
                manifest().map(declared -> tags.readings().stream().filter(reading -> Taxonomy.probes(declared, reading))
                        .map(Reading::toString).toList()).orElse(List.of()),
                Optional.ofNullable(logs.remove(testCase.getId())).map(List::copyOf).orElse(List.of())));
    }

    private void runFinished(TestRunFinished event) {
        Map<ResultClass, Integer> counts = new EnumMap<>(ResultClass.class);
        for (ResultClass resultClass : ResultClass.values()) {
            counts.put(resultClass, 0);
        }
        List<ScenarioRecord> ran;
        synchronized (scenarios) {
            ran = List.copyOf(scenarios);
        }
        ShownReadings shown = ShownReadings.of(ran.stream()
                .filter(record -> !record.probed().isEmpty())
                .map(record -> new ShownReadings.Probe(record.probed(), record.result())).toList());
        List<ScenarioRecord> all = new ArrayList<>(ran.stream().map(record -> record.judgedBy(shown)).toList());
        for (String ambiguity : shown.noneShown()) {
            all.add(ScenarioRecord.noReadingShown(ambiguity, shown.tried().get(ambiguity), ran));
        }
        if (!shown.tried().isEmpty()) {
            System.out.println("rtk-conformance: probed " + shown.tried().keySet() + ", shown, not declared: "
                    + shown.shown() + (shown.noneShown().isEmpty() ? "" : "; showing none of the readings tried: "
                    + shown.noneShown()));
        }
        all.forEach(record -> counts.merge(record.result(), 1, Integer::sum));
        String id = backendId().orElse("<none>");
        StringBuilder summary = new StringBuilder("rtk-conformance: backend=").append(id);
        counts.forEach((resultClass, count) -> summary.append(' ').append(resultClass).append('=').append(count));
        System.out.println(summary);

        Path resultsDir = Path.of(System.getProperty(RESULTS_DIR_PROPERTY, RESULTS_DIR_DEFAULT));
        ResultsFile.write(resultsDir.resolve("results.json"), KitVersion.get(), manifest(), selectionFailure(),
                ConformanceRun.current(), Instant.now(), all, counts, shown);
        String allureDir = System.getProperty("allure.results.directory");
        if (allureDir != null) {
            AllureEnvironment.write(Path.of(allureDir), KitVersion.get(), manifest());
        }
    }

    private static java.util.Optional<BackendManifest> manifest() {
        try {
            return java.util.Optional.of(ConformanceRun.current().provider().manifest());
        } catch (RuntimeException noBackend) {
            return java.util.Optional.empty();
        }
    }

    private static String selectionFailure() {
        try {
            ConformanceRun.current().provider();
            return null;
        } catch (RuntimeException noBackend) {
            return noBackend.getMessage();
        }
    }

    private static java.util.Optional<String> backendId() {
        return manifest().map(BackendManifest::id);
    }

    private static String fileName(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
