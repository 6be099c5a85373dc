package org.rtkconformance.steps;

import java.net.URI;
import java.util.ArrayList;
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
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.ObjectInfo;
import org.rtkconformance.steps.assertions.CallOutcome;
import org.rtkconformance.steps.assertions.CallOutcomeAssert;
import org.rtkconformance.steps.assertions.ConformanceFailure;
import org.rtkconformance.steps.run.CapabilityGuard;
import org.rtkconformance.steps.run.ConformanceRun;
import org.rtkconformance.steps.run.ScenarioTags;
import org.rtkconformance.steps.run.Taxonomy;

/**
 * Around every scenario: apply the result taxonomy before it runs (readings, API version, availability),
 * start its backend session, and afterwards check the OPEN-RET-2 bound, release what it left open and
 * fail it if an object it created survives.
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
        world.begin(manifest, CapabilityGuard.guard(provider.start(context)), tags);
    }

    @After(order = 0)
    public void finish() {
        if (!world.hasStarted()) {
            return;
        }
        Optional<AssertionError> undocumented = undocumentedFailure();
        try {
            releaseEverythingLeftOpen();
            if (undocumented.isEmpty()) {
                checkNothingSurvives();
            }
        } finally {
            world.backend().close();
        }
        if (undocumented.isPresent()) {
            throw undocumented.get();
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

    /** Leak guard, part one: the harness unmaps and closes what the scenario left, in the documented order. */
    private void releaseEverythingLeftOpen() {
        if (world.backend().has(Capability.FAULT_INJECTION)) {
            // A fault the scenario forced would make the harness's own unmaps and closes fail.
            world.backend().faults().clear();
        }
        if (world.backend().has(Capability.CALLER_TERMINATION)) {
            // A detached caller may hold handles no instance can close any more (D-16.B with D-22.C): end it
            // as the system ends a process, which closes them.
            for (Participant participant : world.participants()) {
                if (participant.isDetached() && !participant.isTerminated()) {
                    participant.caller().terminate();
                    participant.terminated();
                }
            }
        }
        boolean canUnmap = world.backend().has(Capability.UNMAP);
        for (Opening opening : world.openings()) {
            Participant owner = opening.owner();
            if (!owner.canCall()) {
                continue;
            }
            if (canUnmap && opening.isViewMapped()) {
                owner.caller().rtkUnMapSharedMemory(owner.instance(), opening.address());
                opening.viewUnmapped();
            }
            if (opening.isHandleOpen()) {
                owner.caller().rtkCloseHandle(owner.instance(), opening.handle());
                opening.handleClosed();
            }
        }
        for (World.HeldHandle held : world.otherHandles()) {
            if (held.owner().canCall()) {
                held.owner().caller().rtkCloseHandle(held.owner().instance(), held.handle());
            }
        }
    }

    /** Leak guard, part two: with introspection, no object the scenario created may survive the release. */
    private void checkNothingSurvives() {
        if (!world.backend().has(Capability.INTROSPECTION)) {
            return;
        }
        List<ObjectInfo> live = world.backend().introspection().liveObjects();
        if (!live.isEmpty()) {
            List<String> described = new ArrayList<>();
            for (ObjectInfo info : live) {
                described.add(info.kind() + " " + (info.name() == null ? "(unnamed)" : info.name().describe()) + " ("
                        + info.size() + " bytes, handles=" + info.handleCount() + ", views=" + info.viewCount() + ")");
            }
            throw new AssertionError(ConformanceFailure.message(world.verdict().about(List.of("OPEN-REM-4", "CLOSE-1")),
                    "leak guard: every handle the scenario left open closed and every view unmapped by the harness",
                    "no live object", String.join("; ", described)));
        }
    }
}
