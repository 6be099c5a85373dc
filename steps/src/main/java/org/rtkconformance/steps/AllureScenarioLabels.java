package org.rtkconformance.steps;

import java.util.ArrayList;
import java.util.List;

import io.cucumber.java.Scenario;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.Parameter;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.Reading;
import org.rtkconformance.steps.run.AllureHistoryId;
import org.rtkconformance.steps.run.ScenarioTags;

/** Marks the Allure result of a scenario with its backend, statements, strength and readings. */
final class AllureScenarioLabels {

    /** Where statement links point: the rule book page, with the statement id appended. */
    static final String RULE_BOOK_PROPERTY = "rtk.rulebook.url";
    private static final String RULE_BOOK_DEFAULT = "rule-book.html#";

    private AllureScenarioLabels() {
    }

    static void apply(Scenario scenario, BackendManifest manifest, ScenarioTags tags) {
        String ruleBook = System.getProperty(RULE_BOOK_PROPERTY, RULE_BOOK_DEFAULT);
        String historyId = AllureHistoryId.of(manifest.id(), scenario.getUri(), scenario.getLine(), scenario.getName());
        Allure.getLifecycle().updateTestCase(result -> {
            result.setHistoryId(historyId);
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
