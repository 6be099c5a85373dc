package org.rtkconformance.bench.noop;

import io.cucumber.java.en.Given;

/** Matches every step of the bare features and does nothing: what is left is Cucumber's own cost per step. */
public final class NoopSteps {

    @Given("^no-op step \\d+$")
    public void noop() {
        // deliberately empty: the benchmark measures the framework, not this step
    }
}
