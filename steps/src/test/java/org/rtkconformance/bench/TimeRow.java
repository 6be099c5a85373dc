package org.rtkconformance.bench;

import java.util.List;

/** The rows a launch's time is split into, in the order a sample is tried against them. */
enum TimeRow {

    ABORT_PROBE("Cucumber probing JUnit 4 class names for an aborted scenario",
            "io.cucumber.core.runner.TestStep.mapThrowableToStatus"),
    SESSION_START("Before hook: reference session start",
            "org.rtkconformance.reference.ReferenceBackendProvider.start"),
    BEFORE_HOOK("Before hook: tags, taxonomy, settings, guard", "org.rtkconformance.steps.ScenarioHooks.start"),
    AFTER_HOOK("After hook: OPEN-RET-2 bound and leak guard", "org.rtkconformance.steps.ScenarioHooks.finish"),
    PARAMETER_TYPES("parameter types", "io.cucumber.core.stepexpression.ExpressionArgument.getValue"),
    REFERENCE_MODEL("step bodies: reference model", "org.rtkconformance.reference."),
    STEP_BODIES("step bodies: kit steps, world, guard, assertions", "io.cucumber.core.runner.CoreStepDefinition.execute"),
    STEP_MATCHING("step matching", "io.cucumber.core.runner.Runner.createTestCaseForPickle"),
    GLUE_SETUP("glue setup per launch", "io.cucumber.core.runner.CachingGlue.prepareGlue",
            "io.cucumber.core.runtime.SingletonRunnerSupplier", "io.cucumber.core.runtime.CucumberExecutionContext.runBeforeAllHooks"),
    OBJECT_FACTORY("step-definition objects per scenario", "io.cucumber.core.runner.Runner.buildBackendWorlds",
            "io.cucumber.core.runner.Runner.disposeBackendWorlds"),
    DISCOVERY("discovery: feature parsing and test plan", "org.junit.platform.launcher.core.DefaultLauncher.discover"),
    CUCUMBER_REST("Cucumber per scenario, the rest", "io.cucumber.core.runner.Runner.runPickle"),
    PLATFORM_REST("JUnit Platform, the rest", "org.rtkconformance.selftest.sweep.SuiteLaunch.run");

    private final String description;
    private final List<String> framePrefixes;

    TimeRow(String description, String... framePrefixes) {
        this.description = description;
        this.framePrefixes = List.of(framePrefixes);
    }

    String description() {
        return description;
    }

    /** The first row with a frame on {@code frames}; every sample inside a launch has one (the last row). */
    static TimeRow of(List<String> frames) {
        for (TimeRow row : values()) {
            for (String frame : frames) {
                for (String prefix : row.framePrefixes) {
                    if (frame.startsWith(prefix)) {
                        return row;
                    }
                }
            }
        }
        return PLATFORM_REST;
    }
}
