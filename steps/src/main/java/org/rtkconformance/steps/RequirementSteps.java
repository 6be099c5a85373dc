package org.rtkconformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.rtkconformance.adapter.api.Capability;

/** The Requirements table: the IRQL a caller runs at, and the header and library a build needs. */
public final class RequirementSteps {

    private final World world;

    public RequirementSteps(World world) {
        this.world = world;
    }

    @Given("driver {caller} runs at {irql}")
    public void runsAt(String caller, Integer irql) {
        world.participant(caller).caller().setIrql(irql);
    }

    @Then("a C probe that includes RtkApi.h and links {word} calls RtkOpenSharedMemory with the documented prototype")
    public void probeBuilds(String library) {
        world.require(Capability.NATIVE_HEADER);
        // The port has no operation that hands over a backend's header and library yet, so a backend that
        // declares NATIVE_HEADER cannot be checked: say so instead of passing (UNRESOLVED, not PASS).
        throw new IllegalStateException("Backend '" + world.manifest().id() + "' declares NATIVE_HEADER, but the port"
                + " offers no operation to obtain its RtkApi.h and " + library + "; the build check cannot run");
    }
}
