package org.rtkconformance.selftest.sweep;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.rtkconformance.steps.results.ResultClass;
import org.rtkconformance.steps.run.Aborts;

/**
 * One in-process run of the conformance suite: the same features and glue as {@code ConformanceSuite},
 * through the JUnit Platform Launcher and the Cucumber engine, but with no plugins, so it writes neither
 * Allure results nor {@code results.json}. Scenarios are collected from the launcher's events.
 */
public final class SuiteLaunch {

    /** The package the features are in, as {@code ConformanceSuite} selects them. */
    public static final String FEATURES = "org.rtkconformance.features";
    /** The glue package, as {@code ConformanceSuite} configures it. */
    public static final String GLUE = "org.rtkconformance.steps";

    private final Launcher launcher = LauncherFactory.create();
    private final LauncherDiscoveryRequest request;

    /** A launch of the features {@code selector} finds, with glue {@code glue} (the bench runs no-op features). */
    public SuiteLaunch(DiscoverySelector selector, String glue) {
        this(selector, glue, "org.rtkconformance.selftest.sweep.SilentPlugin");
    }

    private SuiteLaunch(DiscoverySelector selector, String glue, String plugins) {
        this.request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selector)
                .configurationParameter("cucumber.glue", glue)
                .configurationParameter("cucumber.plugin", plugins)
                .configurationParameter("cucumber.publish.quiet", "true")
                .configurationParameter("cucumber.execution.parallel.enabled", "false")
                .configurationParameter("junit.platform.discovery.issue.severity.critical", "ERROR")
                .build();
    }

    /** The kit's own suite. */
    public static SuiteLaunch conformanceSuite() {
        return new SuiteLaunch(selectPackage(FEATURES), GLUE);
    }

    /** The kit's own suite judged as a real run is: {@code results.json} goes to {@code -Drtk.results.dir}. */
    public static SuiteLaunch conformanceSuiteWithResults() {
        return new SuiteLaunch(selectPackage(FEATURES), GLUE, "org.rtkconformance.steps.results.ConformanceResultsPlugin");
    }

    /** Runs every scenario once against the backend the kit currently selects; returns them in run order. */
    public List<ScenarioOutcome> run() {
        Collector collector = new Collector();
        launcher.execute(request, collector);
        if (collector.outcomes.isEmpty()) {
            throw new IllegalStateException("The launch of " + request.getSelectorsByType(DiscoverySelector.class)
                    + " found no scenario: are the features and the Cucumber engine on the class path?");
        }
        return Collections.unmodifiableList(collector.outcomes);
    }

    /** Collects each finished scenario (a test, not a container) with its tags and result class. */
    private static final class Collector implements TestExecutionListener {

        private final List<ScenarioOutcome> outcomes = new ArrayList<>();

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            if (test.isTest()) {
                outcomes.add(new ScenarioOutcome(describe(test), tags(test), ResultClass.UNRESOLVED,
                        "skipped by the platform: " + reason));
            }
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (test.isTest()) {
                Optional<Throwable> error = result.getThrowable();
                String message = error.map(e -> e.getMessage() != null ? e.getMessage() : e.getClass().getName()).orElse("");
                outcomes.add(new ScenarioOutcome(describe(test), tags(test), classify(result, message), message));
            }
        }

        private static ResultClass classify(TestExecutionResult result, String message) {
            switch (result.getStatus()) {
                case SUCCESSFUL:
                    return ResultClass.PASS;
                case ABORTED:
                    if (message.startsWith(Aborts.UNSUPPORTED)) {
                        return ResultClass.UNSUPPORTED;
                    }
                    return message.startsWith(Aborts.NOT_APPLICABLE) ? ResultClass.NOT_APPLICABLE : ResultClass.UNRESOLVED;
                default:
                    return result.getThrowable().filter(AssertionError.class::isInstance).isPresent()
                            ? ResultClass.FAIL : ResultClass.UNRESOLVED;
            }
        }

        private static List<String> tags(TestIdentifier test) {
            return test.getTags().stream().map(TestTag::getName).sorted().toList();
        }

        private static String describe(TestIdentifier test) {
            Optional<TestSource> source = test.getSource();
            String where = source.filter(ClasspathResourceSource.class::isInstance).map(ClasspathResourceSource.class::cast)
                    .map(resource -> resource.getClasspathResourceName().replaceAll(".*/", "")
                            + resource.getPosition().map(position -> ":" + position.getLine()).orElse(""))
                    .orElse(test.getUniqueId());
            return where + " " + test.getDisplayName();
        }
    }
}
