package org.rtkconformance.steps;

import static org.rtkconformance.steps.assertions.ConformanceAssertions.assertThat;

import java.util.List;

import io.cucumber.java.en.Then;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.ObjectInfo;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.steps.assertions.CallOutcome;
import org.rtkconformance.steps.assertions.ConformanceFailure;
import org.rtkconformance.steps.assertions.MemoryOutcome;
import org.rtkconformance.steps.assertions.ObjectState;

/** What the last call returned and what the namespace holds afterwards. */
public final class OutcomeSteps {

    private final World world;

    private final ObjectLifetime lifetime;

    public OutcomeSteps(World world) {
        this.world = world;
        this.lifetime = new ObjectLifetime(world);
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

    /** For a call whose success depends on what the system holds (a 4 GiB object): success, or exactly {@code status}. */
    @Then("the call succeeds or returns {status}")
    public void succeedsOrReturns(NtStatus status) {
        world.expect(status);
        CallOutcome outcome = world.lastCall();
        if (!outcome.status().isSuccess() && !outcome.status().equals(status)) {
            throw new AssertionError(ConformanceFailure.message(outcome.verdict(), outcome.call(),
                    "a success status (NT_SUCCESS) or " + status, outcome.actual()));
        }
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
        if (world.holdsSharedMemoryNamed(name)) {
            lifetime.judgeHandleCount(name, count);
        } else {
            // An event, mutex or semaphore: no documented call of this kit opens one by name.
            assertThat(lookup(name)).hasHandleCount(count);
        }
    }

    @Then("no object named {name} exists")
    @Then("the object {name} no longer exists")
    public void noLongerExists(UnicodeString name) {
        lifetime.judgeGone(name);
    }

    @Then("the object {name} is {long} bytes long")
    public void isLong(UnicodeString name, long size) {
        List<Opening> views = world.mappedViewsOf(name);
        boolean observable = !views.isEmpty() && world.backend().has(Capability.VIEW_ACCESS);
        if (observable) {
            // By behaviour: the object's last byte is there to read through a view of it. The newest view
            // whose handle is open shows the current object (an older view may outlive a destroyed one).
            Opening view = views.stream().filter(Opening::isHandleOpen).reduce((first, second) -> second)
                    .orElse(views.get(views.size() - 1));
            MemoryAccess last = view.owner().caller().read(view.address(), size - 1, 1);
            assertThat(new MemoryOutcome(world.verdict(), "driver " + view.owner().name() + " reads the last byte, at offset "
                    + (size - 1) + ", of " + view.describeView(), last)).completed();
        }
        if (!observable || world.backend().has(Capability.INTROSPECTION)) {
            assertThat(lookup(name)).hasSize(size);
        }
    }

    /** Unnamed objects have no name to look up by: count them among the live objects. */
    @Then("the session holds {int} unnamed shared memory object(s)")
    public void holdsUnnamed(int count) {
        world.require(Capability.INTROSPECTION);
        List<ObjectInfo> unnamed = world.backend().introspection().liveObjects().stream()
                .filter(info -> info.kind() == ObjectKind.SHARED_MEMORY && info.name() == null).toList();
        if (unnamed.size() != count) {
            throw new AssertionError(ConformanceFailure.message(world.verdict(), "introspection: the live unnamed"
                    + " shared memory objects", count + " of them", unnamed.size() + ": " + unnamed));
        }
    }

    private ObjectState lookup(UnicodeString name) {
        world.require(Capability.INTROSPECTION);
        return new ObjectState(world.verdict(), name.describe(), world.backend().introspection().lookup(name));
    }
}
