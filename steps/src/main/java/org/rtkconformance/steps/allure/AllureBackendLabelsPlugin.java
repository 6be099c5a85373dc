package org.rtkconformance.steps.allure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestSourceRead;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.Parameter;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.Reading;
import org.rtkconformance.steps.results.FeatureIndex;
import org.rtkconformance.steps.run.AllureHistoryId;
import org.rtkconformance.steps.run.ConformanceRun;
import org.rtkconformance.steps.run.ScenarioTags;

/**
 * Adds to each Allure test result a {@code backend} label and parameter, the outline row's values to its name, {@code statement} links to the
 * rule book and labels, the strength and readings as labels, and a history id that includes the backend
 * (the adapter's ignores it, so runs against two backends would collapse into "retries").
 *
 * <p>It must be listed after {@code AllureCucumber7Jvm}: it updates the test case that plugin has just
 * started. A Before hook cannot do this, because the adapter makes the hook itself the current Allure item.
 */
public final class AllureBackendLabelsPlugin implements ConcurrentEventListener {

    /** Where statement links point: the rule book, relative to the Allure report (both live in reports/target/), with the statement id appended. */
    public static final String RULE_BOOK_PROPERTY = "rtk.rulebook.url";
    private static final String RULE_BOOK_DEFAULT = "../rulebook/index.html#";

    private final FeatureIndex features = new FeatureIndex();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestSourceRead.class, event -> features.add(event.getUri().toString(), event.getSource()));
        publisher.registerHandlerFor(TestCaseStarted.class, event -> label(event.getTestCase()));
    }

    /**
     * The name of an outline row with its values: Cucumber names every row of an outline whose title has no
     * {@code <placeholder>} alike, and the JUnit engine numbers them ("Example #2.1"), so the values the name
     * does not already show are appended: {@code Opens a legal name [name=Alpha, size=4096]}.
     */
    static String rowName(String pickleName, Map<String, String> example) {
        if (example == null) {
            return pickleName;
        }
        String missing = example.entrySet().stream().filter(e -> !pickleName.contains(e.getValue()))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        return missing.isEmpty() ? pickleName : pickleName + " [" + missing + "]";
    }

    private void label(TestCase testCase) {
        BackendManifest manifest;
        try {
            manifest = ConformanceRun.current().provider().manifest();
        } catch (RuntimeException noBackend) {
            return; // the scenario itself reports why no backend could be chosen
        }
        ScenarioTags tags = ScenarioTags.of(testCase.getTags());
        String ruleBook = System.getProperty(RULE_BOOK_PROPERTY, RULE_BOOK_DEFAULT);
        String historyId = AllureHistoryId.of(manifest.id(), testCase.getUri(), testCase.getLocation().getLine(),
                testCase.getName());
        String name = rowName(testCase.getName(), features.place(testCase.getUri().toString(),
                testCase.getLocation().getLine()).map(FeatureIndex.Place::example).orElse(null));
        Allure.getLifecycle().updateTestCase(result -> {
            result.setHistoryId(historyId);
            result.setName(name);
            List<Label> labels = new ArrayList<>(result.getLabels());
            labels.add(new Label().setName("backend").setValue(manifest.id()));
            tags.statements().forEach(id -> labels.add(new Label().setName("statement").setValue(id)));
            tags.strength().ifPresent(strength -> labels.add(new Label().setName("strength").setValue(strength)));
            for (Reading reading : tags.readings()) {
                labels.add(new Label().setName("reading").setValue(reading.toString()));
            }
            result.setLabels(labels);
            List<Link> links = new ArrayList<>(result.getLinks());
            tags.statements().forEach(id -> links.add(new Link().setName(id).setType("statement").setUrl(ruleBook + id)));
            result.setLinks(links);
            List<Parameter> parameters = new ArrayList<>(result.getParameters());
            parameters.add(new Parameter().setName("backend").setValue(manifest.id() + " " + manifest.version()));
            result.setParameters(parameters);
        });
    }
}
