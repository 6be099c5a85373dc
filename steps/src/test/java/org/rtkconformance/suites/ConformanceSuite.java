package org.rtkconformance.suites;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The conformance run: every feature of the kit against the backend {@code -Drtk.backend} selects
 * (surefire passes it, {@code reference} by default).
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("org.rtkconformance.features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "org.rtkconformance.steps")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm,"
        + "org.rtkconformance.steps.allure.AllureBackendLabelsPlugin,"
        + "message:target/cucumber/messages.ndjson,"
        + "org.rtkconformance.steps.results.ConformanceResultsPlugin")
public class ConformanceSuite {
}
