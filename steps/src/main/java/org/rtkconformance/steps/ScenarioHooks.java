package org.rtkconformance.steps;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import org.opentest4j.TestAbortedException;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.steps.assertions.CallOutcome;
import org.rtkconformance.steps.assertions.CallOutcomeAssert;
import org.rtkconformance.steps.assertions.ConformanceFailure;
import org.rtkconformance.steps.run.CapabilityGuard;
import org.rtkconformance.steps.run.ConformanceRun;
import org.rtkconformance.steps.run.ScenarioTags;
import org.rtkconformance.steps.run.Taxonomy;

/**
 * Around every scenario: apply the result taxonomy before it runs (readings, API version, availability),
 * start its backend session, and afterwards check the OPEN-RET-2 bound, then release what it left open
 * and judge by behaviour that each object it created lived exactly as long as its handles ({@link HandleDrain}).
 */
public final class ScenarioHooks {

    private final World world;

    public ScenarioHooks(World world) {
        this.world = world;
    }

    /** Once per test run: the backend settings are read again, then shared by the run's scenarios. */
    @BeforeAll(order = 0)
    public static void startTestRun() {
        ConformanceRun.current().startTestRun();
        // An unknown -Drtk.backend ends the run here, once, with the list of backends.
        ConformanceRun.current().provider();
    }

    @Before(order = 0)
    public void start(Scenario scenario) {
        ScenarioTags tags = ScenarioTags.of(scenario.getSourceTagNames());
        BackendProvider provider = ConformanceRun.current().provider();
        BackendManifest manifest = provider.manifest();
        Optional<TestAbortedException> abort = Taxonomy.abortFor(tags, manifest, provider.unavailableReason());
        if (abort.isPresent()) {
            throw abort.get();
        }
        BackendContext context = new BackendContext(ConformanceRun.current().runId(), scenarioId(scenario),
                ConformanceRun.current().settings(manifest.id()));
        world.begin(manifest, CapabilityGuard.guard(provider.start(context), ConformanceRun.current().mask(),
                (call, killed) -> {
                    AssertionError failure = new AssertionError(ConformanceFailure.message(world.verdict(), call,
                            "a status returned; no input to a documented call ends the caller",
                            "the backend killed its caller during the call: " + killed.getMessage()));
                    failure.initCause(killed);
                    return failure;
                }), tags);
    }

    @After(order = 0)
    public void finish(Scenario scenario) {
        if (!world.hasStarted()) {
            return;
        }
        Optional<AssertionError> undocumented = undocumentedFailure();
        Optional<AssertionError> leak;
        try {
            // A scenario that failed already is released but not judged again: its first failure names the rule.
            leak = new HandleDrain(world).releaseAndJudge(undocumented.isEmpty() && !scenario.isFailed());
        } finally {
            world.backend().close();
        }
        if (undocumented.isPresent()) {
            throw undocumented.get();
        }
        if (leak.isPresent()) {
            throw leak.get();
        }
    }

    /** The scenario id of the results file: feature file name and line. */
    static String scenarioId(Scenario scenario) {
        URI uri = scenario.getUri();
        String path = uri.getSchemeSpecificPart();
        return path.substring(path.lastIndexOf('/') + 1) + ":" + scenario.getLine();
    }

    /**
     * OPEN-RET-2, a bound on every failure the scenario provoked: one of the five listed codes, unless the
     * scenario expected that exact code (a reading that pins an undocumented code).
     */
    private Optional<AssertionError> undocumentedFailure() {
        for (CallOutcome failure : world.openFailures()) {
            if (!CallOutcomeAssert.DOCUMENTED_FAILURES.contains(failure.status())
                    && !world.expectedStatuses().contains(failure.status())) {
                return Optional.of(new AssertionError(ConformanceFailure.message(
                        failure.verdict().about(List.of("OPEN-RET-2")), failure.call(),
                        "one of " + CallOutcomeAssert.DOCUMENTED_FAILURES, failure.actual())));
            }
        }
        return Optional.empty();
    }
}
