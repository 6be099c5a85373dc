package org.rtkconformance.steps;

import static org.rtkconformance.steps.assertions.ConformanceAssertions.assertThat;

import io.cucumber.java.en.Then;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.steps.assertions.ObjectState;

/** What the last call returned and what the namespace holds afterwards. */
public final class OutcomeSteps {

    private final World world;

    public OutcomeSteps(World world) {
        this.world = world;
    }

    @Then("the call returns {status}")
    public void returns(NtStatus status) {
        world.expect(status);
        assertThat(world.lastCall()).hasStatus(status);
    }

    @Then("the call succeeds")
    public void succeeds() {
        assertThat(world.lastCall()).succeeded();
    }

    @Then("the call fails")
    public void fails() {
        assertThat(world.lastCall()).failed();
    }

    @Then("the call fails with one of the documented codes")
    public void failsWithDocumentedCode() {
        assertThat(world.lastCall()).failedWithDocumentedCode();
    }

    @Then("the call delivers a handle and a view")
    public void deliversHandleAndView() {
        assertThat(world.lastCall()).deliveredHandleAndView();
    }

    @Then("the call leaves *SharedMemoryHandle and *location untouched")
    public void leavesOutParametersUntouched() {
        assertThat(world.lastCall()).leftOutParametersUntouched();
    }

    @Then("the call writes NULL through *SharedMemoryHandle and *location")
    public void writesNullOutParameters() {
        assertThat(world.lastCall()).wroteNullOutParameters();
    }

    @Then("the object {name} has {int} open handle(s)")
    public void hasHandles(UnicodeString name, int count) {
        assertThat(lookup(name)).hasHandleCount(count);
    }

    @Then("no object named {name} exists")
    @Then("the object {name} no longer exists")
    public void noLongerExists(UnicodeString name) {
        assertThat(lookup(name)).doesNotExist();
    }

    @Then("the object {name} is {long} bytes long")
    public void isLong(UnicodeString name, long size) {
        assertThat(lookup(name)).hasSize(size);
    }

    private ObjectState lookup(UnicodeString name) {
        world.require(Capability.INTROSPECTION);
        return new ObjectState(world.verdict(), name.describe(), world.backend().introspection().lookup(name));
    }
}
